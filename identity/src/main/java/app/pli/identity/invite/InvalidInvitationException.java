package app.pli.identity.invite;

import app.pli.core.error.PliException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * An invitation code or QR image cannot be used: malformed or mistyped, of an unknown
 * version, expired, or no code could be read from the image.
 *
 * <p>Invariant: the message is one line and never repeats the code itself (it carries the
 * one-time secret). A typo and a deliberate alteration give the same "malformed" message:
 * the checksum exists to catch typos, and nothing else can be told from an unauthenticated
 * code.
 */
public final class InvalidInvitationException extends PliException {
    private static final long serialVersionUID = 1L;

    public InvalidInvitationException(String message) {
        super(message);
    }

    public InvalidInvitationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The code does not parse, its checksum does not match, or a field is out of range. */
    public static InvalidInvitationException malformed() {
        return new InvalidInvitationException("malformed invitation code");
    }

    /** The code names a version this build does not know. */
    public static InvalidInvitationException unsupportedVersion(int version) {
        return new InvalidInvitationException("unsupported invitation version " + version
                + " (this Pli knows " + Invitation.CURRENT_VERSION + ")");
    }

    /** The invitation's lifetime ended at {@code expires}; see {@link Invitation#expiredAt}. */
    public static InvalidInvitationException expired(Instant expires) {
        return new InvalidInvitationException("invitation expired at " + expires);
    }

    /** The image at {@code image} was read but holds no QR code that could be decoded. */
    public static InvalidInvitationException noQrCode(Path image) {
        return new InvalidInvitationException("no QR code found in " + image);
    }
}

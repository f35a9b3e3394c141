package app.pli.messenger.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A one-time invitation just created.
 *
 * @param code the invitation as one copyable text token (also what the QR code carries)
 * @param expires when the invitation stops being accepted
 * @param handle the introduction it starts, for {@link Messenger#awaitCode}
 */
public record InvitationTicket(String code, Instant expires, IntroductionHandle handle) {
    public InvitationTicket {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(handle, "handle");
    }
}

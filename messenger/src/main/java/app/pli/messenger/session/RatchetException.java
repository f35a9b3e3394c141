package app.pli.messenger.session;

import app.pli.core.error.PliException;
import java.util.Objects;

/**
 * A ratchet message or a stored ratchet state was refused. When thrown by
 * {@link RatchetSession#decrypt}, the session is exactly as it was before the call.
 *
 * <p>Invariant: the message is one line naming the problem; it never holds key material,
 * plaintext or a header field. {@link Reason} tells a replay or forgery from garbage.
 */
public final class RatchetException extends PliException {
    private static final long serialVersionUID = 1L;

    /** Why the input was refused. */
    public enum Reason {
        /**
         * No key this session holds opens the message: it was altered, forged, made by
         * another session, already decrypted (a replay), or its skipped key was evicted.
         */
        NOT_DECRYPTABLE,
        /** Decrypting it would skip more than {@link RatchetSession#MAX_SKIP} message keys in one chain. */
        TOO_MANY_SKIPPED,
        /** The bytes are not in the expected shape (lengths, flags, counters, trailing bytes). */
        MALFORMED,
        /** The format version byte is one this Pli does not know (a newer Pli wrote it). */
        UNSUPPORTED_VERSION
    }

    private final Reason reason;

    public RatchetException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}

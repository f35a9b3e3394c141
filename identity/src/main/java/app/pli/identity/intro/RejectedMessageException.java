package app.pli.identity.intro;

import java.util.Objects;

/**
 * An introduction message was dropped: it is oversized, does not open under the
 * invitation's key, is malformed, or fails a signature, binding or commitment check. The
 * introduction's state is unchanged. The {@link Reason} tells forgery from noise.
 */
public final class RejectedMessageException extends IntroductionException {
    private static final long serialVersionUID = 1L;

    /** Why the message was dropped. */
    public enum Reason {
        /** Longer than {@link IntroductionConstants#MAX_PAYLOAD_BYTES}. */
        OVERSIZED,
        /** The AEAD did not open it: altered, truncated, or not made with this invitation's secret. */
        NOT_AUTHENTIC,
        /** It opened but does not hold a well-formed message. */
        MALFORMED,
        /** Its identity keys are not bound together by their signature. */
        BAD_IDENTITY,
        /** Its signature over the exchange does not verify. */
        BAD_SIGNATURE,
        /** The inviter's keys do not match the commitment of the invitation. */
        BAD_COMMITMENT,
        /** A public key is of low order (the Diffie-Hellman result would be all zeros). */
        WEAK_KEY,
        /** A message this introduction does not expect now (a different one already advanced it). */
        UNEXPECTED
    }

    private final Reason reason;

    public RejectedMessageException(Reason reason, String message) {
        super("introduction message rejected: " + message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}

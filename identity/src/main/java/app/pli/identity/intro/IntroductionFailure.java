package app.pli.identity.intro;

import java.util.Optional;

/**
 * Why an introduction ended {@link IntroductionState#FAILED}: one of its messages could not
 * get through before the other side stopped waiting for it. Stored (sealed) as its one-byte
 * code, which may never change; constants may be appended.
 */
public enum IntroductionFailure {
    /** Invitee: M1 was still queued when the invitation expired; the inviter refuses it now. */
    ANSWER_TOO_LATE(1, "the invitation expired before your answer reached the person who made it"),
    /** Invitee: M1 went out, but no M2 came by the invitation's expiry plus the grace period. */
    NO_REPLY(2, "no reply came from the person who made the invitation"),
    /** Invitee: the invitation's mailbox is gone: someone else used the invitation, or it was withdrawn. */
    INVITATION_USED(3, "the invitation was already used or withdrawn by the person who made it"),
    /** Inviter: M2 was still queued when the invitee stopped waiting for it. */
    REPLY_UNDELIVERED(4, "your reply could not be delivered before the other side stopped waiting for it");

    private final byte code;
    private final String reason;

    IntroductionFailure(int code, String reason) {
        this.code = (byte) code;
        this.reason = reason;
    }

    /** One printable line for the user, without secrets or names. */
    public String reason() {
        return reason;
    }

    byte code() {
        return code;
    }

    static Optional<IntroductionFailure> fromCode(byte code) {
        for (IntroductionFailure failure : values()) {
            if (failure.code == code) {
                return Optional.of(failure);
            }
        }
        return Optional.empty();
    }
}

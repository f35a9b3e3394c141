package app.pli.messenger.mailbox;

import java.util.Optional;

/**
 * What a mailbox this profile owns is for. The storage code of each constant is part of
 * the on-disk format and never changes.
 */
public enum MailboxPurpose {
    /** The inviter's one-time mailbox that receives M1; deleted once the invitation is used or expired. */
    INTRODUCTION((byte) 1),
    /** This side's inbox for one contact (R_A or R_B); it receives M2 for an invitee, later the session's messages. */
    CONTACT_INBOX((byte) 2),
    /**
     * A one-time mailbox an introducer made for this side of an offer, whose credentials came
     * inside the offer: the other side's hello or refusal arrives here. Deleted once the offer ended.
     */
    RENDEZVOUS((byte) 3),
    /**
     * A rendezvous this profile made as an introducer (and handed over): deleted once the
     * offer can no longer be answered, in case the two sides did not.
     */
    INTRODUCER_RENDEZVOUS((byte) 4);

    private final byte code;

    MailboxPurpose(byte code) {
        this.code = code;
    }

    byte code() {
        return code;
    }

    static Optional<MailboxPurpose> fromCode(byte code) {
        for (MailboxPurpose purpose : values()) {
            if (purpose.code == code) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }
}

package app.pli.identity.intro;

/**
 * This side's part in an introduction. Stored by ordinal inside sealed records: constants
 * may be appended, never reordered.
 */
public enum IntroductionRole {
    /** Made the invitation (A): receives M1, sends M2. */
    INVITER,
    /** Accepted the invitation (B): sends M1, receives M2. */
    INVITEE
}

package app.pli.messenger.api;

/** What typing the other person's code did. */
public sealed interface VerifyOutcome permits VerifyOutcome.Verified, VerifyOutcome.Mismatch, VerifyOutcome.Aborted,
        VerifyOutcome.SafetyCodeMismatch {
    /** The codes matched: the contact is verified in person. */
    record Verified(String contactName) implements VerifyOutcome {}

    /** The codes differ: the contact stays unverified; attemptsLeft more tries are allowed. */
    record Mismatch(String contactName, int attemptsLeft) implements VerifyOutcome {}

    /** The last allowed mismatch: the introduction is aborted and can never be verified. */
    record Aborted(String contactName) implements VerifyOutcome {}

    /** An introduced contact's safety code did not match: it stays introduced; compare again. */
    record SafetyCodeMismatch(String contactName) implements VerifyOutcome {}
}

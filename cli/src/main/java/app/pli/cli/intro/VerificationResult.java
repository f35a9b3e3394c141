package app.pli.cli.intro;

import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.VerifyOutcome;

/**
 * The result of typing the other person's code. A match is printed (JSON: {@code name},
 * {@code verified}, {@code state}); a mismatch or an abort is a user error with one line
 * that says what happened and what is left.
 */
public record VerificationResult(String name, boolean verified, String state) {
    /** Prints a match, or throws the one-line error of a mismatch or an abort. */
    static void report(VerifyOutcome outcome, Output out) throws PliException {
        if (outcome instanceof VerifyOutcome.Verified verified) {
            String name = verified.contactName();
            out.result(new VerificationResult(name, true, "verified"), () -> name + " is now verified in person");
        } else if (outcome instanceof VerifyOutcome.Mismatch mismatch) {
            throw new PliException(mismatchMessage(mismatch));
        } else if (outcome instanceof VerifyOutcome.SafetyCodeMismatch mismatch) {
            throw new PliException("the safety code does not match the one for " + mismatch.contactName()
                    + ": " + mismatch.contactName() + " stays introduced; compare the whole code again, face to face");
        } else if (outcome instanceof VerifyOutcome.Aborted aborted) {
            throw new PliException("the code did not match " + aborted.contactName()
                    + "'s again: this introduction is aborted and can never be verified; meet again and start a new one");
        } else {
            throw new IllegalStateException("unknown verification outcome " + outcome.getClass().getSimpleName());
        }
    }

    /** The line that says a code did not match and how many tries remain. */
    static String mismatchMessage(VerifyOutcome.Mismatch mismatch) {
        int left = mismatch.attemptsLeft();
        return "the code does not match " + mismatch.contactName() + "'s: " + mismatch.contactName()
                + " stays unverified; " + left + (left == 1 ? " attempt" : " attempts") + " left";
    }
}

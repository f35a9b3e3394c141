package app.pli.identity.intro;

/**
 * The result of typing the other person's code: it matched (the contact is verified in
 * person), it did not ({@link Mismatch} says how many tries are left; the contact is
 * unverified), or it was the last allowed mismatch ({@link Aborted}: the introduction is
 * over and the contact removed).
 */
public sealed interface VerifyResult {
    /** The code matched: the contact is verified. */
    record Verified() implements VerifyResult {}

    /** The code did not match; {@code attemptsLeft} is at least 1. */
    record Mismatch(int attemptsLeft) implements VerifyResult {}

    /** The last allowed code did not match: the introduction is aborted, the contact removed. */
    record Aborted() implements VerifyResult {}
}

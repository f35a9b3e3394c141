package app.pli.identity.intro;

import java.time.Instant;
import java.util.Objects;

/**
 * The persisted state of one introduction, stored sealed as a whole (codec id
 * {@value IntroductionStore#RECORD_ID}).
 *
 * <p>Invariants: {@code pending} is present exactly in INVITED and ACCEPTED (the secrets
 * the next message needs); {@code check} is present exactly in AWAITING_CODE, UNVERIFIED
 * and VERIFIED (what a typed code is compared with). EXPIRED, ABORTED and FAILED keep
 * neither, so a finished introduction holds no secret. The commitment C_A stays, so an invitation is
 * recognised as used. Decoding a stored record runs these checks again.
 *
 * @param expiresEpochSecond the invitation's expiry, in seconds since the epoch
 */
record IntroductionRecord(IntroductionRole role, IntroductionState state, long expiresEpochSecond,
        byte[] commitment, Pending pending, Check check) {

    /**
     * What a side must keep between creating its first message (or invitation) and
     * receiving the other's (codec id {@value IntroductionStore#PENDING_ID}).
     *
     * @param secret the invitation's one-time secret S
     * @param nonce this side's N (N_A or N_B)
     * @param ephemeralPrivate this side's EK private key
     * @param ownInbox this side's inbox route R, as {@code RouteBytes}
     * @param placeholderName invitee: the name its pending contact was given, to be replaced
     *     by the inviter's shared name unless {@code nameChosen}; inviter: empty
     * @param nameChosen invitee: whether the user chose the contact's name at accept
     */
    record Pending(byte[] secret, byte[] nonce, byte[] ephemeralPrivate, byte[] ownInbox, String placeholderName,
            boolean nameChosen) {
        Pending {
            if (secret == null || secret.length != IntroductionConstants.SECRET_BYTES || nonce == null
                    || nonce.length != IntroductionConstants.NONCE_BYTES || ephemeralPrivate == null
                    || ownInbox == null || placeholderName == null) {
                throw new IllegalArgumentException("incomplete pending introduction secrets");
            }
        }
    }

    /**
     * What a typed code is checked against (codec id {@value IntroductionStore#CHECK_ID}).
     *
     * @param messageHash hash of the payload that advanced the introduction, to recognise it
     *     when it is delivered again
     * @param expectedCode the code the other side shows, which this side's user must type
     * @param mismatches typed codes that did not match so far
     */
    record Check(byte[] messageHash, String expectedCode, int mismatches) {
        Check {
            if (messageHash == null || expectedCode == null || mismatches < 0
                    || mismatches >= IntroductionConstants.MAX_MISMATCHES) {
                throw new IllegalArgumentException("invalid code check");
            }
        }
    }

    IntroductionRecord {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        if (commitment == null || commitment.length != 32) {
            throw new IllegalArgumentException("the commitment must be 32 bytes");
        }
        boolean waiting = state == IntroductionState.INVITED || state == IntroductionState.ACCEPTED;
        boolean comparing = state.comparing();
        if ((pending != null) != waiting || (check != null) != comparing) {
            throw new IllegalArgumentException("secrets or code check do not fit the state " + state);
        }
        if ((state == IntroductionState.INVITED && role != IntroductionRole.INVITER)
                || (state == IntroductionState.ACCEPTED && role != IntroductionRole.INVITEE)) {
            throw new IllegalArgumentException("state " + state + " does not exist for the " + role);
        }
    }

    Instant expires() {
        return Instant.ofEpochSecond(expiresEpochSecond);
    }

    /** The keys are agreed: the secrets are dropped and {@code newCheck} kept instead. */
    IntroductionRecord agreed(Check newCheck) {
        return new IntroductionRecord(role, IntroductionState.AWAITING_CODE, expiresEpochSecond, commitment, null,
                newCheck);
    }

    /** After a typed code: {@code newState} with {@code newCheck} (null when final without check). */
    IntroductionRecord compared(IntroductionState newState, Check newCheck) {
        return new IntroductionRecord(role, newState, expiresEpochSecond, commitment, null, newCheck);
    }

    /** A final state that keeps no secret: EXPIRED, ABORTED or FAILED. */
    IntroductionRecord ended(IntroductionState finalState) {
        return new IntroductionRecord(role, finalState, expiresEpochSecond, commitment, null, null);
    }
}

package app.pli.identity.intro;

import app.pli.identity.contact.TrustState;
import java.util.Optional;

/**
 * The persisted state of one introduction. Which steps each state allows is fixed by
 * {@link IntroductionStep}. Stored by ordinal inside sealed records: constants may be
 * appended, never reordered.
 */
public enum IntroductionState {
    /** Inviter: the invitation is out, waiting for M1. */
    INVITED(TrustState.PENDING),
    /** Invitee: M1 is queued or sent, waiting for M2. */
    ACCEPTED(TrustState.PENDING),
    /** Keys agreed; this side shows its code and waits for the other's to be typed. */
    AWAITING_CODE(TrustState.AWAITING_CODE),
    /** One or two typed codes did not match; another try is allowed. */
    UNVERIFIED(TrustState.UNVERIFIED),
    /** The typed code matched. Final. */
    VERIFIED(TrustState.VERIFIED),
    /** Inviter: the invitation expired unused (invitee, stores before FAILED existed: no M2 came in time). Final, no contact. */
    EXPIRED(null),
    /** The third typed code did not match; the contact was removed. Final. */
    ABORTED(null),
    /**
     * A message of the introduction could not get through before its deadline (see
     * {@link IntroductionFailure}); the contact stays, shown failed with the reason. Final.
     */
    FAILED(TrustState.FAILED);

    private final TrustState contactState;

    IntroductionState(TrustState contactState) {
        this.contactState = contactState;
    }

    /** The trust state the introduction's contact shows, or empty when it has no contact. */
    public Optional<TrustState> contactState() {
        return Optional.ofNullable(contactState);
    }

    /** Whether this state keeps the code check: keys are agreed and codes are (or were) compared. */
    boolean comparing() {
        return this == AWAITING_CODE || this == UNVERIFIED || this == VERIFIED;
    }

    /** Whether no step leads out of this state. */
    public boolean isFinal() {
        return this == VERIFIED || this == EXPIRED || this == ABORTED || this == FAILED;
    }
}

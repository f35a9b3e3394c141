package app.pli.identity.intro;

import static app.pli.identity.intro.IntroductionRole.INVITER;
import static app.pli.identity.intro.IntroductionState.ACCEPTED;
import static app.pli.identity.intro.IntroductionState.AWAITING_CODE;
import static app.pli.identity.intro.IntroductionState.INVITED;
import static app.pli.identity.intro.IntroductionState.UNVERIFIED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The transition table: each step and the (role, state) pairs it is allowed in. A step
 * asked for in any other state is refused with {@link IntroductionStateException} and
 * changes nothing.
 *
 * <pre>
 * step           role      allowed in               leads to
 * RECEIVE_M1     inviter   INVITED                  AWAITING_CODE (M2 queued)
 * RECEIVE_M2     invitee   ACCEPTED                 AWAITING_CODE
 * COMPARE_CODE   both      AWAITING_CODE,           VERIFIED (match), UNVERIFIED
 *                          UNVERIFIED               (mismatch 1, 2), ABORTED (mismatch 3)
 * EXPIRE         inviter   INVITED                  EXPIRED (no contact was made)
 * FAIL           inviter   AWAITING_CODE            FAILED (M2 still queued past its deadline)
 *                invitee   ACCEPTED                 FAILED (M1 still queued past the expiry, no M2
 *                                                   past expiry + grace, or the invitation was used)
 * </pre>
 * Creating an introduction (invite: INVITED, accept: ACCEPTED with M1 queued) is not a
 * step of an existing one.
 */
enum IntroductionStep {
    RECEIVE_M1(EnumSet.of(INVITED), EnumSet.noneOf(IntroductionState.class)),
    RECEIVE_M2(EnumSet.noneOf(IntroductionState.class), EnumSet.of(ACCEPTED)),
    COMPARE_CODE(EnumSet.of(AWAITING_CODE, UNVERIFIED), EnumSet.of(AWAITING_CODE, UNVERIFIED)),
    EXPIRE(EnumSet.of(INVITED), EnumSet.noneOf(IntroductionState.class)),
    FAIL(EnumSet.of(AWAITING_CODE), EnumSet.of(ACCEPTED));

    private final Set<IntroductionState> inviterStates;
    private final Set<IntroductionState> inviteeStates;

    IntroductionStep(Set<IntroductionState> inviterStates, Set<IntroductionState> inviteeStates) {
        this.inviterStates = inviterStates;
        this.inviteeStates = inviteeStates;
    }

    boolean allowedIn(IntroductionRole role, IntroductionState state) {
        return (role == INVITER ? inviterStates : inviteeStates).contains(state);
    }

    void require(IntroductionRole role, IntroductionState state) throws IntroductionStateException {
        if (!allowedIn(role, state)) {
            throw new IntroductionStateException("the introduction is " + state.name().toLowerCase().replace('_', '-')
                    + "; " + describe() + " is not possible now");
        }
    }

    private String describe() {
        return switch (this) {
            case RECEIVE_M1 -> "accepting an answer to the invitation";
            case RECEIVE_M2 -> "accepting the inviter's reply";
            case COMPARE_CODE -> "comparing codes";
            case EXPIRE -> "expiring";
            case FAIL -> "giving up";
        };
    }
}

package app.pli.identity.intro;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The transition table, cell by cell: each step is allowed exactly in the states the design lists. */
class IntroductionStepTest {
    private static Set<IntroductionState> allowed(IntroductionStep step, IntroductionRole role) {
        Set<IntroductionState> states = EnumSet.noneOf(IntroductionState.class);
        for (IntroductionState state : IntroductionState.values()) {
            if (step.allowedIn(role, state)) {
                states.add(state);
            }
        }
        return states;
    }

    @Test
    void everyCellOfTheTableIsAsDesigned() {
        IntroductionRole a = IntroductionRole.INVITER;
        IntroductionRole b = IntroductionRole.INVITEE;
        assertEquals(EnumSet.of(IntroductionState.INVITED), allowed(IntroductionStep.RECEIVE_M1, a));
        assertEquals(EnumSet.noneOf(IntroductionState.class), allowed(IntroductionStep.RECEIVE_M1, b));
        assertEquals(EnumSet.noneOf(IntroductionState.class), allowed(IntroductionStep.RECEIVE_M2, a));
        assertEquals(EnumSet.of(IntroductionState.ACCEPTED), allowed(IntroductionStep.RECEIVE_M2, b));
        Set<IntroductionState> comparing = EnumSet.of(IntroductionState.AWAITING_CODE, IntroductionState.UNVERIFIED);
        assertEquals(comparing, allowed(IntroductionStep.COMPARE_CODE, a));
        assertEquals(comparing, allowed(IntroductionStep.COMPARE_CODE, b));
        assertEquals(EnumSet.of(IntroductionState.INVITED), allowed(IntroductionStep.EXPIRE, a));
        assertEquals(EnumSet.noneOf(IntroductionState.class), allowed(IntroductionStep.EXPIRE, b));
        assertEquals(EnumSet.of(IntroductionState.AWAITING_CODE), allowed(IntroductionStep.FAIL, a));
        assertEquals(EnumSet.of(IntroductionState.ACCEPTED), allowed(IntroductionStep.FAIL, b));
    }

    @Test
    void finalStatesAllowNoStep() {
        for (IntroductionState state : IntroductionState.values()) {
            if (state.isFinal()) {
                for (IntroductionStep step : IntroductionStep.values()) {
                    for (IntroductionRole role : IntroductionRole.values()) {
                        assertThrows(IntroductionStateException.class, () -> step.require(role, state));
                    }
                }
            }
        }
        assertDoesNotThrow(() -> IntroductionStep.COMPARE_CODE.require(IntroductionRole.INVITEE,
                IntroductionState.UNVERIFIED));
    }

    @Test
    void contactStatesFollowTheIntroduction() {
        assertEquals("pending", IntroductionState.INVITED.contactState().orElseThrow().externalName());
        assertEquals("pending", IntroductionState.ACCEPTED.contactState().orElseThrow().externalName());
        assertEquals("awaiting-code", IntroductionState.AWAITING_CODE.contactState().orElseThrow().externalName());
        assertEquals("unverified", IntroductionState.UNVERIFIED.contactState().orElseThrow().externalName());
        assertEquals("verified", IntroductionState.VERIFIED.contactState().orElseThrow().externalName());
        assertEquals(true, IntroductionState.ABORTED.contactState().isEmpty());
        assertEquals(true, IntroductionState.EXPIRED.contactState().isEmpty());
        assertEquals("failed", IntroductionState.FAILED.contactState().orElseThrow().externalName());
        assertEquals(true, IntroductionState.FAILED.isFinal());
    }
}

package app.pli.identity.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.identity.contact.ContactNotFoundException;
import app.pli.identity.contact.TrustState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typing the other person's code: match, mismatch, the aborting third mismatch, and refusals. */
class CodeComparisonTest extends TwoPartyTest {
    @Test
    void threeMismatchesAbortTheIntroduction() throws PliException {
        introduce();
        String right = bob.contact("Alice").code();
        long introductionId = alice.introductions.list().get(0).id();

        assertEquals(new VerifyResult.Mismatch(2), alice.introductions.verify("Bob", wrong(right)));
        assertEquals(TrustState.UNVERIFIED, alice.contact("Bob").state());
        assertEquals(new VerifyResult.Mismatch(1), alice.introductions.verify("Bob", wrong(right)));
        assertInstanceOf(VerifyResult.Aborted.class, alice.introductions.verify("Bob", wrong(right)));

        assertTrue(alice.contacts.list().isEmpty(), "the aborted contact is removed");
        assertEquals(IntroductionState.ABORTED, alice.introductions.status(introductionId).state());
        assertTrue(alice.introductions.status(introductionId).contactId().isEmpty());
        assertThrows(ContactNotFoundException.class, () -> alice.introductions.verify("Bob", right));
    }

    @Test
    void aMismatchLeavesRoomForTheRightCode() throws PliException {
        introduce();
        String right = bob.contact("Alice").code();

        assertInstanceOf(VerifyResult.Mismatch.class, alice.introductions.verify("Bob", wrong(right)));
        assertInstanceOf(VerifyResult.Verified.class, alice.introductions.verify("Bob", right));
        assertTrue(alice.contact("Bob").verified());
    }

    @Test
    void aMalformedCodeDoesNotCountAsAnAttempt() throws PliException {
        introduce();
        Map<String, List<String>> before = alice.dump();

        for (String typed : new String[] {"", "123", "12345", "12a4", " 1234", "１２３４"}) {
            assertThrows(InvalidCodeException.class, () -> alice.introductions.verify("Bob", typed));
        }
        assertEquals(before, alice.dump());
    }

    @Test
    void codesCannotBeComparedBeforeKeysOrAfterVerification() throws PliException {
        CreatedInvitation invitation = invite();
        AcceptedInvitation accepted = accept(invitation);
        String pendingName = bob.contacts.list().get(0).name();
        assertThrows(IntroductionStateException.class, () -> bob.introductions.verify(pendingName, "1234"));

        alice.introductions.receive(invitation.introductionId(), bob.send());
        bob.introductions.receive(accepted.introductionId(), alice.send());
        String right = bob.contact("Alice").code();
        assertInstanceOf(VerifyResult.Verified.class, alice.introductions.verify("Bob", right));
        Map<String, List<String>> before = alice.dump();

        assertThrows(IntroductionStateException.class, () -> alice.introductions.verify("Bob", right));
        assertThrows(IntroductionStateException.class, () -> alice.introductions.verify("Bob", wrong(right)));
        assertEquals(before, alice.dump());
        assertThrows(ContactNotFoundException.class, () -> alice.introductions.verify("Nobody", "1234"));
    }
}

package app.pli.identity.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.TrustState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The deadlines of an introduction's messages: nothing ends early because a machine was
 * slow, and what can no longer complete ends FAILED, visibly, with its contact kept.
 */
class IntroductionFailureTest extends TwoPartyTest {
    @Test
    void anAnswerStillQueuedWhenTheInvitationExpiresFailsTheInvitee() throws PliException {
        CreatedInvitation invitation = invite();
        AcceptedInvitation accepted = accept(invitation);
        Instant expiry = invitation.invitation().expires();

        assertEquals(List.of(), bob.introductions.endOverdue(expiry.minusSeconds(1)),
                "until the expiry a queued answer is retried, however slow the machine");
        List<IntroductionSummary> ended = bob.introductions.endOverdue(expiry);

        assertEquals(1, ended.size());
        assertEquals(Optional.of(IntroductionFailure.ANSWER_TOO_LATE), ended.get(0).failure());
        assertEquals(IntroductionState.FAILED, bob.introductions.status(accepted.introductionId()).state());
        Contact contact = bob.contacts.list().get(0);
        assertEquals(TrustState.FAILED, contact.state());
        assertNull(contact.code());
        assertTrue(bob.introductions.pendingOutbox().isEmpty(), "the answer is dropped with the introduction");
        assertEquals(1, bob.contacts.list().size(), "the contact stays until the user removes it");
    }

    @Test
    void aReplyStillQueuedWhenTheInviteeStopsWaitingFailsTheInviter() throws PliException {
        CreatedInvitation invitation = invite();
        accept(invitation);
        alice.introductions.receive(invitation.introductionId(), bob.send());
        Instant graceEnd = invitation.invitation().expires().plus(IntroductionConstants.INVITEE_GRACE);

        assertEquals(List.of(), alice.introductions.endOverdue(graceEnd.minusSeconds(1)));
        List<IntroductionSummary> ended = alice.introductions.endOverdue(graceEnd);

        assertEquals(Optional.of(IntroductionFailure.REPLY_UNDELIVERED), ended.get(0).failure());
        assertEquals(TrustState.FAILED, alice.contacts.list().get(0).state());
        assertTrue(alice.introductions.outcome(alice.contacts.list().get(0).id()).isEmpty(), "no secret is kept");
    }

    @Test
    void aDeliveredReplyNeverFailsTheInviter() throws PliException {
        CreatedInvitation invitation = invite();
        accept(invitation);
        alice.introductions.receive(invitation.introductionId(), bob.send());
        alice.send();

        assertEquals(List.of(), alice.introductions.endOverdue(Instant.MAX.minusSeconds(1)));
        assertEquals(TrustState.AWAITING_CODE, alice.contacts.list().get(0).state());
    }

    @Test
    void failingIsAllowedOnlyWhereTheTableSaysAndIsFinal() throws PliException {
        CreatedInvitation invitation = invite();
        AcceptedInvitation accepted = accept(invitation);
        assertFalse(alice.introductions.fail(invitation.introductionId(), IntroductionFailure.REPLY_UNDELIVERED),
                "an invitation nobody answered just expires");

        assertTrue(bob.introductions.fail(accepted.introductionId(), IntroductionFailure.INVITATION_USED));
        Map<String, List<String>> failed = bob.dump();
        assertFalse(bob.introductions.fail(accepted.introductionId(), IntroductionFailure.NO_REPLY));
        assertEquals(failed, bob.dump(), "a second failure changes nothing");
        assertEquals(Optional.of(IntroductionFailure.INVITATION_USED),
                bob.introductions.status(accepted.introductionId()).failure());
    }

    @Test
    void aLateMessageForAFailedIntroductionIsRefusedWithTheReason() throws PliException {
        CreatedInvitation invitation = invite();
        AcceptedInvitation accepted = accept(invitation);
        alice.introductions.receive(invitation.introductionId(), bob.send());
        byte[] m2 = alice.send();
        bob.introductions.fail(accepted.introductionId(), IntroductionFailure.NO_REPLY);

        IntroductionStateException refused = assertThrows(IntroductionStateException.class,
                () -> bob.introductions.receive(accepted.introductionId(), m2));
        assertTrue(refused.getMessage().contains(IntroductionFailure.NO_REPLY.reason()), refused.getMessage());
        assertThrows(IntroductionStateException.class,
                () -> bob.introductions.verify(bob.contacts.list().get(0).name(), "1234"));
    }

    @Test
    void theReasonIsSealedToItsRow() throws Exception {
        CreatedInvitation invitation = invite();
        AcceptedInvitation accepted = accept(invitation);
        bob.introductions.fail(accepted.introductionId(), IntroductionFailure.INVITATION_USED);
        byte[] sealed = bob.database().read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT failure FROM introduction WHERE id = ?")) {
                select.setLong(1, accepted.introductionId());
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getBytes(1);
                }
            }
        });
        assertTrue(sealed.length > 1, "sealed, not a bare code");
    }

    @Test
    void whatACallerAttachesCommitsWithTheIntroductionOrNotAtAll() throws PliException {
        Map<String, List<String>> before = alice.dump();
        assertThrows(IllegalStateException.class, () -> alice.introductions.invite(introRoute, alice.inbox,
                Duration.ofHours(1), (c, introductionId, invitation) -> {
                    throw new IllegalStateException("the attachment failed");
                }));
        assertEquals(before, alice.dump(), "a failed attachment leaves no introduction behind");

        long[] attachedTo = new long[1];
        CreatedInvitation created = alice.introductions.invite(introRoute, alice.inbox, Duration.ofHours(1),
                (c, introductionId, invitation) -> attachedTo[0] = introductionId);
        assertEquals(created.introductionId(), attachedTo[0]);

        Map<String, List<String>> bobBefore = bob.dump();
        assertThrows(IllegalStateException.class, () -> bob.introductions.accept(created.invitation(), bob.inbox,
                "Bob", Optional.empty(), (c, introductionId, invitation) -> {
                    throw new IllegalStateException("the attachment failed");
                }));
        assertEquals(bobBefore, bob.dump(), "no pending contact, no introduction, no queued answer");
    }
}

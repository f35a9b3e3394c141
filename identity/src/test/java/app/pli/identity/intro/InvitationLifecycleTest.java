package app.pli.identity.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.identity.contact.ContactNameTakenException;
import app.pli.identity.contact.InvalidNameException;
import app.pli.identity.contact.TrustState;
import app.pli.identity.invite.Invitation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Expiry, single use, versions and the other refusals around an invitation. */
class InvitationLifecycleTest extends TwoPartyTest {
    @Test
    void theInvitationCarriesTheCommitmentAndExpiresToTheSecond() throws PliException {
        CreatedInvitation created = alice.introductions.invite(introRoute, alice.inbox, Duration.ofMinutes(90));
        Invitation invitation = created.invitation();

        assertEquals(Invitation.CURRENT_VERSION, invitation.version());
        assertEquals(clock.instant().plus(Duration.ofMinutes(90)), invitation.expires());
        assertEquals(introRoute, invitation.introRoute());
        assertEquals(IntroductionState.INVITED, alice.introductions.status(created.introductionId()).state());
    }

    @Test
    void anExpiredInvitationIsRefusedByTheInvitee() throws PliException {
        CreatedInvitation invitation = invite();
        clock.advance(Duration.ofHours(24));
        Map<String, List<String>> before = bob.dump();

        assertThrows(InvitationExpiredException.class, () -> accept(invitation));
        assertEquals(before, bob.dump());
    }

    @Test
    void anM1ArrivingAfterExpiryIsRefusedByTheInviter() throws PliException {
        CreatedInvitation invitation = invite();
        accept(invitation);
        byte[] m1 = bob.send();
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        assertThrows(InvitationExpiredException.class,
                () -> alice.introductions.receive(invitation.introductionId(), m1));
        assertEquals(IntroductionState.EXPIRED, alice.introductions.status(invitation.introductionId()).state());
        assertThrows(InvitationExpiredException.class,
                () -> alice.introductions.receive(invitation.introductionId(), m1));
        assertTrue(alice.contacts.list().isEmpty());
    }

    @Test
    void expireOldEndsUnusedInvitationsAndFailsAbandonedAcceptances() throws PliException {
        CreatedInvitation invitation = invite();
        AcceptedInvitation accepted = accept(invitation);
        bob.send(); // M1 went out; the answer never comes
        Instant expiry = invitation.invitation().expires();

        assertEquals(0, alice.introductions.expireOld(expiry.minusSeconds(1)));
        assertEquals(1, alice.introductions.expireOld(expiry));
        assertEquals(0, bob.introductions.expireOld(expiry), "the invitee waits for an M2 made in time");
        assertEquals(0, bob.introductions.expireOld(expiry.plus(IntroductionConstants.INVITEE_GRACE).minusSeconds(1)));
        List<IntroductionSummary> ended = bob.introductions.endOverdue(
                expiry.plus(IntroductionConstants.INVITEE_GRACE));

        assertEquals(1, ended.size());
        assertEquals(IntroductionState.FAILED, ended.get(0).state());
        assertEquals(Optional.of(IntroductionFailure.NO_REPLY), ended.get(0).failure());
        assertEquals(IntroductionState.FAILED, bob.introductions.status(accepted.introductionId()).state());
        assertEquals(TrustState.FAILED, bob.contacts.list().get(0).state(), "the contact stays, shown failed");
        assertTrue(bob.introductions.pendingOutbox().isEmpty());
        assertEquals(0, alice.introductions.expireOld(expiry.plus(Duration.ofDays(100))));
        assertEquals(0, bob.introductions.expireOld(expiry.plus(Duration.ofDays(100))), "failing is final");
    }

    @Test
    void anInvitationCanBeAcceptedOnlyOnceAndNotByItsMaker() throws PliException {
        CreatedInvitation invitation = invite();
        accept(invitation);
        Map<String, List<String>> before = bob.dump();

        assertThrows(InvitationUsedException.class, () -> accept(invitation));
        assertEquals(before, bob.dump());
        assertThrows(InvitationUsedException.class, () -> alice.introductions.accept(invitation.invitation(),
                alice.inbox, "Alice", Optional.empty()));
    }

    @Test
    void anUnknownVersionIsRefused() throws PliException {
        Invitation real = invite().invitation();
        Invitation future = new Invitation(2, real.expires(), real.introRoute(), real.secret(), real.commitment());

        assertThrows(UnsupportedInvitationException.class,
                () -> bob.introductions.accept(future, bob.inbox, "Bob", Optional.empty()));
    }

    @Test
    void badNamesAndLifetimesAreRefusedBeforeAnythingChanges() throws PliException {
        CreatedInvitation invitation = invite();
        bob.contacts.list();
        assertThrows(InvalidNameException.class, () -> bob.introductions.accept(invitation.invitation(), bob.inbox,
                "Bob\u001b[2J", Optional.empty()));
        assertThrows(InvalidNameException.class, () -> bob.introductions.accept(invitation.invitation(), bob.inbox,
                "Bob", Optional.of(" ")));
        assertThrows(IntroductionException.class,
                () -> alice.introductions.invite(introRoute, alice.inbox, Duration.ZERO));
        assertThrows(IntroductionException.class,
                () -> alice.introductions.invite(introRoute, alice.inbox, Duration.ofDays(31)));
        assertTrue(bob.contacts.list().isEmpty());
    }

    @Test
    void aChosenNameThatIsTakenIsRefused() throws PliException {
        introduce();
        Invitation second = alice.introductions.invite(introRoute, alice.inbox, Duration.ofHours(1)).invitation();

        assertThrows(ContactNameTakenException.class,
                () -> bob.introductions.accept(second, bob.inbox, "Bob", Optional.of("Alice")));
        assertEquals(TrustState.AWAITING_CODE, bob.contact("Alice").state());
        assertEquals(1, bob.contacts.list().size());
    }
}

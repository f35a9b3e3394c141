package app.pli.identity.intro;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.TrustState;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whole introductions between two profiles in two stores, messages carried by hand. */
class IntroductionFlowTest extends TwoPartyTest {
    @Test
    void bothSidesAwaitCodesThatTheOtherMustType() throws PliException {
        runUntilCodes(false);

        Contact bobAtAlice = alice.contact("Bob");
        Contact aliceAtBob = bob.contact("Alice");
        assertEquals(TrustState.AWAITING_CODE, bobAtAlice.state());
        assertEquals(TrustState.AWAITING_CODE, aliceAtBob.state());
        assertTrue(bobAtAlice.code().matches("[0-9]{4}"));
        assertTrue(aliceAtBob.code().matches("[0-9]{4}"));
        assertEquals(bob.profile().fingerprint(), bobAtAlice.fingerprint().orElseThrow());
        assertEquals(alice.profile().fingerprint(), aliceAtBob.fingerprint().orElseThrow());
        assertEquals(bob.inbox, bobAtAlice.route());
        assertEquals(alice.inbox, aliceAtBob.route());
    }

    @Test
    void typingEachOthersCodesVerifiesBothContacts() throws PliException {
        runUntilCodes(false);
        String aliceShows = alice.contact("Bob").code();
        String bobShows = bob.contact("Alice").code();

        assertInstanceOf(VerifyResult.Verified.class, bob.introductions.verify("Alice", aliceShows));
        assertInstanceOf(VerifyResult.Verified.class, alice.introductions.verify("Bob", bobShows));

        assertTrue(alice.contact("Bob").verified());
        assertTrue(bob.contact("Alice").verified());
        assertEquals(bob.profile().fingerprint(), alice.contact("Bob").fingerprint().orElseThrow());
        assertEquals(IntroductionState.VERIFIED, alice.introductions.list().get(0).state());
        assertEquals(IntroductionState.VERIFIED, bob.introductions.list().get(0).state());
    }

    @Test
    void bothSidesHoldTheSameRootKeyAndInviterEphemeral() throws PliException {
        runUntilCodes(false);
        IntroductionOutcome atAlice = alice.introductions.outcome(alice.contact("Bob").id()).orElseThrow();
        IntroductionOutcome atBob = bob.introductions.outcome(bob.contact("Alice").id()).orElseThrow();

        assertEquals(atAlice.rootKey(), atBob.rootKey());
        assertEquals(IntroductionRole.INVITER, atAlice.role());
        assertEquals(IntroductionRole.INVITEE, atBob.role());
        assertEquals(atAlice.inviterEphemeralPair().orElseThrow().publicKey(), atBob.inviterEphemeralKey());
        assertTrue(atBob.inviterEphemeralPair().isEmpty());
        assertEquals(bob.profile().keys().publicKeys(), atAlice.contactKeys());
        assertEquals(bob.inbox, atAlice.contactRoute());
        assertEquals("Alice", atBob.contactSharedName());
    }

    @Test
    void forgettingTheOutcomeDropsTheRootKey() throws PliException {
        runUntilCodes(false);
        long contactId = alice.contact("Bob").id();
        alice.database().write(c -> {
            alice.introductions.forgetOutcome(c, contactId);
            return null;
        });
        assertTrue(alice.introductions.outcome(contactId).isEmpty());
    }

    @Test
    void everyStepResumesAfterARestart() throws PliException {
        runUntilCodes(true);
        String aliceShows = alice.contact("Bob").code();
        String bobShows = bob.contact("Alice").code();
        restartBoth();
        assertInstanceOf(VerifyResult.Mismatch.class, bob.introductions.verify("Alice", wrong(aliceShows)));
        restartBoth();
        assertEquals(TrustState.UNVERIFIED, bob.contact("Alice").state());
        assertInstanceOf(VerifyResult.Verified.class, bob.introductions.verify("Alice", aliceShows));
        restartBoth();
        assertInstanceOf(VerifyResult.Verified.class, alice.introductions.verify("Bob", bobShows));
        restartBoth();
        assertTrue(alice.contact("Bob").verified());
        assertTrue(bob.contact("Alice").verified());
    }

    @Test
    void aSendThatWasNotMarkedIsSentAgainAfterARestart() throws PliException {
        CreatedInvitation invitation = alice.introductions.invite(introRoute, alice.inbox, Duration.ofHours(24));
        bob.introductions.accept(invitation.invitation(), bob.inbox, "Bob", Optional.empty());
        byte[] first = bob.introductions.pendingOutbox().get(0).payload();
        bob.reopen();
        OutgoingIntroductionMessage again = bob.onlyOutgoing();

        assertArrayEquals(first, again.payload());
        assertEquals(introRoute, again.route());
    }

    @Test
    void theInviteeSeesAPendingContactUntilTheReplyComes() throws PliException {
        CreatedInvitation invitation = alice.introductions.invite(introRoute, alice.inbox, Duration.ofHours(24));
        AcceptedInvitation accepted = bob.introductions.accept(invitation.invitation(), bob.inbox, "Bob",
                Optional.empty());

        Contact pending = bob.contacts.list().get(0);
        assertEquals(accepted.contactId(), pending.id());
        assertEquals(TrustState.PENDING, pending.state());
        assertEquals(InviteeSteps.PLACEHOLDER_NAME, pending.name());
        assertNull(pending.keys());
        assertNull(pending.code());
        assertTrue(alice.contacts.list().isEmpty(), "the inviter has no contact before M1");
        assertEquals(IntroductionState.INVITED, alice.introductions.status(invitation.introductionId()).state());
    }

    @Test
    void theInviteeKeepsTheNameItChose() throws PliException {
        CreatedInvitation invitation = alice.introductions.invite(introRoute, alice.inbox, Duration.ofHours(24));
        AcceptedInvitation accepted = bob.introductions.accept(invitation.invitation(), bob.inbox, "Bob",
                Optional.of("Minister A"));
        alice.introductions.receive(invitation.introductionId(), bob.send());
        bob.introductions.receive(accepted.introductionId(), alice.send());

        assertEquals(TrustState.AWAITING_CODE, bob.contact("Minister A").state());
        assertFalse(bob.contacts.find("Alice").isPresent());
    }

    @Test
    void aTakenNameGetsASuffix() throws Exception {
        try (Party otherAlice = Party.create(temp, "Alice", clock)) {
            introduce(otherAlice, bob);
            introduce(alice, bob);
        }
        assertTrue(bob.contacts.find("Alice").isPresent());
        assertTrue(bob.contacts.find("Alice (2)").isPresent());
        assertNotEquals(bob.contact("Alice").keys(), bob.contact("Alice (2)").keys());
    }

    @Test
    void anEmptySharedNameFallsBackToAGenericName() throws Exception {
        try (Party anonymous = Party.create(temp, "", clock)) {
            introduce(anonymous, bob);
        }
        assertEquals(TrustState.AWAITING_CODE, bob.contact("contact").state());
    }

    private void introduce(Party inviter, Party invitee) throws PliException {
        CreatedInvitation invitation = inviter.introductions.invite(Party.relayRoute(), inviter.inbox,
                Duration.ofHours(1));
        AcceptedInvitation accepted = invitee.introductions.accept(invitation.invitation(), invitee.inbox,
                invitee.profile().displayName(), Optional.empty());
        inviter.introductions.receive(invitation.introductionId(), invitee.send());
        invitee.introductions.receive(accepted.introductionId(), inviter.send());
    }

    /** invite, accept, M1, M2; with {@code restart}, both stores are reopened between steps. */
    private void runUntilCodes(boolean restart) throws PliException {
        CreatedInvitation invitation = alice.introductions.invite(introRoute, alice.inbox, Duration.ofHours(24));
        restartIf(restart);
        AcceptedInvitation accepted = bob.introductions.accept(invitation.invitation(), bob.inbox, "Bob",
                Optional.empty());
        restartIf(restart);
        byte[] m1 = bob.send();
        restartIf(restart);
        ReceiveResult atAlice = alice.introductions.receive(invitation.introductionId(), m1);
        assertFalse(atAlice.duplicate());
        restartIf(restart);
        byte[] m2 = alice.send();
        restartIf(restart);
        ReceiveResult atBob = bob.introductions.receive(accepted.introductionId(), m2);
        assertEquals(accepted.contactId(), atBob.contactId());
        restartIf(restart);
        assertTrue(alice.introductions.pendingOutbox().isEmpty());
        assertTrue(bob.introductions.pendingOutbox().isEmpty());
    }

    private void restartIf(boolean restart) throws PliException {
        if (restart) {
            restartBoth();
        }
    }

    private void restartBoth() throws PliException {
        alice.reopen();
        bob.reopen();
    }
}

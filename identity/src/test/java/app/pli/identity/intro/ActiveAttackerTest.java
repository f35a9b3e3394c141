package app.pli.identity.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.RouteBytes;
import app.pli.identity.contact.TrustState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An attacker who saw the invitation code and controls the introduction mailbox: it
 * intercepts Bob's M1 and answers Alice with its own keys. It must never end up as a
 * verified contact on either side.
 */
class ActiveAttackerTest extends TwoPartyTest {
    @Test
    void substitutedKeysGiveDifferentCodesAndNeverVerify() throws PliException {
        CreatedInvitation invitation = invite();
        AcceptedInvitation accepted = accept(invitation);
        Forger mallory = new Forger(invitation.invitation());

        PeerHello bobsM1 = mallory.openM1(bob.send());                       // intercepted, never delivered
        alice.introductions.receive(invitation.introductionId(), mallory.m1("Bob"));
        byte[] alicesM2 = alice.send();                                      // goes to Mallory's inbox
        PeerHello alicesHello = mallory.openM2(alicesM2);

        Contact fakeBob = alice.contact("Bob");
        assertEquals(TrustState.AWAITING_CODE, fakeBob.state());
        assertNotEquals(bob.profile().fingerprint(), fakeBob.fingerprint().orElseThrow());

        // The codes Alice holds (over Mallory's transcript) differ from an honest run's.
        Transcript attacked = new Transcript(invitation.invitation().commitment(), alicesHello.identity(),
                alicesHello.ephemeral(), alicesHello.nonce(), alicesHello.inboxBytes(), mallory.identity.publicKeys(),
                mallory.ephemeral.publicKey(), mallory.nonce, RouteBytes.encode(mallory.inbox));
        Transcript honest = new Transcript(invitation.invitation().commitment(), alicesHello.identity(),
                alicesHello.ephemeral(), alicesHello.nonce(), alicesHello.inboxBytes(), bobsM1.identity(),
                bobsM1.ephemeral(), bobsM1.nonce(), bobsM1.inboxBytes());
        assertEquals(attacked.inviterCode(), fakeBob.code());
        assertNotEquals(List.of(honest.inviterCode(), honest.inviteeCode()),
                List.of(attacked.inviterCode(), attacked.inviteeCode()));

        // Forwarded to Bob, Alice's M2 does not cover Bob's transcript: Bob refuses it.
        Map<String, List<String>> bobBefore = bob.dump();
        RejectedMessageException refused = assertThrows(RejectedMessageException.class,
                () -> bob.introductions.receive(accepted.introductionId(), alicesM2));
        assertEquals(RejectedMessageException.Reason.BAD_SIGNATURE, refused.reason());
        assertEquals(bobBefore, bob.dump());
        Contact bobsView = bob.contacts.list().get(0);
        assertEquals(TrustState.PENDING, bobsView.state());
        assertNull(bobsView.code(), "Bob has no code to show, so nothing he says can verify Mallory");

        // Whatever Alice types short of Mallory's own code, the contact is never verified.
        String expected = attacked.inviteeCode();
        String bobWouldShow = honest.inviteeCode().equals(expected) ? wrong(expected) : honest.inviteeCode();
        assertInstanceOf(VerifyResult.Mismatch.class, alice.introductions.verify("Bob", bobWouldShow));
        assertInstanceOf(VerifyResult.Mismatch.class, alice.introductions.verify("Bob", wrong(expected)));
        assertInstanceOf(VerifyResult.Aborted.class, alice.introductions.verify("Bob", wrong(wrong(expected))));
        assertTrue(alice.contacts.list().isEmpty());
    }

    @Test
    void anImpostorInviterFailsTheCommitment() throws PliException {
        CreatedInvitation invitation = invite();
        AcceptedInvitation accepted = accept(invitation);
        Forger mallory = new Forger(invitation.invitation());
        PeerHello bobsM1 = mallory.openM1(bob.send());
        Transcript withMallory = new Transcript(invitation.invitation().commitment(), mallory.identity.publicKeys(),
                mallory.ephemeral.publicKey(), mallory.nonce, RouteBytes.encode(mallory.inbox), bobsM1.identity(),
                bobsM1.ephemeral(), bobsM1.nonce(), bobsM1.inboxBytes());
        Map<String, List<String>> before = bob.dump();

        RejectedMessageException refused = assertThrows(RejectedMessageException.class,
                () -> bob.introductions.receive(accepted.introductionId(), mallory.m2("Alice", withMallory.hash())));

        assertEquals(RejectedMessageException.Reason.BAD_COMMITMENT, refused.reason());
        assertEquals(before, bob.dump());
    }

    @Test
    void aLowOrderEphemeralKeyIsRefused() throws Exception {
        CreatedInvitation invitation = invite();
        Forger mallory = new Forger(invitation.invitation());
        Map<String, List<String>> before = alice.dump();

        RejectedMessageException refused = assertThrows(RejectedMessageException.class,
                () -> alice.introductions.receive(invitation.introductionId(),
                        mallory.m1("Bob", X25519PublicKey.of(new byte[32]))));

        assertEquals(RejectedMessageException.Reason.WEAK_KEY, refused.reason());
        assertEquals(before, alice.dump());
    }

    @Test
    void aFirstAnswerByTheAttackerLocksOutTheRealInvitee() throws PliException {
        CreatedInvitation invitation = invite();
        accept(invitation);
        Forger mallory = new Forger(invitation.invitation());
        alice.introductions.receive(invitation.introductionId(), mallory.m1("Bob"));
        alice.send();

        assertThrows(InvitationUsedException.class,
                () -> alice.introductions.receive(invitation.introductionId(), bob.send()));
        assertFalse(alice.contact("Bob").verified());
    }
}

package app.pli.identity.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.error.PliException;
import app.pli.identity.contact.TrustState;
import app.pli.identity.intro.RejectedMessageException.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Tampered, truncated, garbage and replayed M1 and M2: a bad message is refused with a
 * specific reason and leaves every table exactly as it was; a replayed one changes nothing.
 */
class MessageRejectionTest extends TwoPartyTest {
    @Test
    void damagedM1IsRefusedAndChangesNothing() throws PliException {
        CreatedInvitation invitation = invite();
        accept(invitation);
        byte[] m1 = bob.send();
        Map<String, List<String>> before = alice.dump();

        for (byte[] damaged : damagedCopies(m1)) {
            RejectedMessageException refused = assertThrows(RejectedMessageException.class,
                    () -> alice.introductions.receive(invitation.introductionId(), damaged));
            assertTrue(refused.reason() == Reason.NOT_AUTHENTIC || refused.reason() == Reason.OVERSIZED,
                    refused.getMessage());
            assertEquals(before, alice.dump());
        }
        ReceiveResult genuine = alice.introductions.receive(invitation.introductionId(), m1);
        assertFalse(genuine.duplicate(), "the genuine M1 still works after the refusals");
    }

    @Test
    void damagedM2IsRefusedAndChangesNothing() throws PliException {
        CreatedInvitation invitation = invite();
        AcceptedInvitation accepted = accept(invitation);
        alice.introductions.receive(invitation.introductionId(), bob.send());
        byte[] m2 = alice.send();
        Map<String, List<String>> before = bob.dump();

        for (byte[] damaged : damagedCopies(m2)) {
            assertThrows(RejectedMessageException.class,
                    () -> bob.introductions.receive(accepted.introductionId(), damaged));
            assertEquals(before, bob.dump());
        }
        bob.introductions.receive(accepted.introductionId(), m2);
        assertEquals(TrustState.AWAITING_CODE, bob.contact("Alice").state());
    }

    @Test
    void authenticButMalformedContentIsRefused() throws PliException {
        CreatedInvitation invitation = invite();
        AcceptedInvitation accepted = accept(invitation);
        Forger forger = new Forger(invitation.invitation());
        Map<String, List<String>> aliceBefore = alice.dump();
        Map<String, List<String>> bobBefore = bob.dump();

        for (byte[] frame : List.of(new byte[0], new byte[] {(byte) 0x90, 0x03}, CryptoRandom.bytes(300))) {
            assertReason(Reason.MALFORMED,
                    () -> alice.introductions.receive(invitation.introductionId(), forger.sealedUnderK1(frame)));
            assertReason(Reason.MALFORMED,
                    () -> bob.introductions.receive(accepted.introductionId(), forger.sealedUnderK2(frame)));
        }
        assertReason(Reason.BAD_SIGNATURE,
                () -> alice.introductions.receive(invitation.introductionId(), forger.m1WithBadSignature("X")));
        assertReason(Reason.NOT_AUTHENTIC,
                () -> bob.introductions.receive(accepted.introductionId(), forger.m1("an M1 is no M2")));
        assertEquals(aliceBefore, alice.dump());
        assertEquals(bobBefore, bob.dump());
    }

    @Test
    void replayedMessagesChangeNothing() throws PliException {
        CreatedInvitation invitation = invite();
        AcceptedInvitation accepted = accept(invitation);
        byte[] m1 = bob.send();
        alice.introductions.receive(invitation.introductionId(), m1);
        byte[] m2 = alice.send();
        bob.introductions.receive(accepted.introductionId(), m2);
        Map<String, List<String>> aliceBefore = alice.dump();
        Map<String, List<String>> bobBefore = bob.dump();

        assertTrue(alice.introductions.receive(invitation.introductionId(), m1).duplicate());
        assertTrue(bob.introductions.receive(accepted.introductionId(), m2).duplicate());
        assertEquals(aliceBefore, alice.dump());
        assertEquals(bobBefore, bob.dump());

        alice.introductions.verify("Bob", bob.contact("Alice").code());
        assertTrue(alice.introductions.receive(invitation.introductionId(), m1).duplicate());
        assertTrue(alice.contact("Bob").verified(), "a replay after verification keeps the contact verified");
    }

    @Test
    void aSecondM1ForAUsedInvitationIsRefused() throws Exception {
        CreatedInvitation invitation = invite();
        accept(invitation);
        alice.introductions.receive(invitation.introductionId(), bob.send());
        Map<String, List<String>> before = alice.dump();

        try (Party carol = Party.create(temp, "Carol", clock)) {
            carol.introductions.accept(invitation.invitation(), carol.inbox, "Carol", Optional.empty());
            byte[] carolsM1 = carol.send();
            assertThrows(InvitationUsedException.class,
                    () -> alice.introductions.receive(invitation.introductionId(), carolsM1));
        }
        assertEquals(before, alice.dump());
        assertFalse(alice.contacts.find("Carol").isPresent());
    }

    @Test
    void aMessageForAnUnknownIntroductionIsRefused() throws PliException {
        assertThrows(IntroductionNotFoundException.class, () -> alice.introductions.receive(42, new byte[64]));
    }

    /** Every byte flipped in turn (sampled), truncations, extensions, garbage and an oversized payload. */
    private static List<byte[]> damagedCopies(byte[] message) {
        List<byte[]> copies = new ArrayList<>();
        for (int i = 0; i < message.length; i += Math.max(1, message.length / 40)) {
            byte[] flipped = message.clone();
            flipped[i] ^= 0x01;
            copies.add(flipped);
        }
        copies.add(new byte[0]);
        copies.add(Arrays.copyOf(message, 23));
        copies.add(Arrays.copyOf(message, message.length - 1));
        copies.add(Arrays.copyOf(message, message.length + 1));
        copies.add(CryptoRandom.bytes(message.length));
        copies.add(new byte[IntroductionConstants.MAX_PAYLOAD_BYTES + 1]);
        return copies;
    }

    private static void assertReason(Reason expected, Executable step) {
        assertEquals(expected, assertThrows(RejectedMessageException.class, step).reason());
    }
}

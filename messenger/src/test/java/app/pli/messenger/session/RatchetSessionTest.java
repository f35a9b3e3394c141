package app.pli.messenger.session;

import static app.pli.messenger.session.RatchetPair.receive;
import static app.pli.messenger.session.RatchetPair.send;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.XChaCha20Poly1305;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conversations that go right: either side first, ping-pong, reordering, loss. */
class RatchetSessionTest {
    private final RatchetPair pair = RatchetPair.create();
    private final RatchetSession bob = pair.holder();
    private final RatchetSession alice = pair.receiver();

    @Test
    void pingPongStartingWithTheKeyReceiver() throws RatchetException {
        converse(alice, bob, 20);
    }

    @Test
    void pingPongStartingWithTheKeyHolder() throws RatchetException {
        converse(bob, alice, 20);
    }

    @Test
    void keyHolderSendsSeveralMessagesBeforeAnyReply() throws RatchetException {
        byte[] first = send(bob, "one");
        byte[] second = send(bob, "two");
        assertEquals("one", receive(alice, first));
        assertEquals("two", receive(alice, second));
        assertEquals("reply", receive(bob, send(alice, "reply")));
        assertEquals("three", receive(alice, send(bob, "three")));
    }

    @Test
    void bothSidesSendFirstAtTheSameTime() throws RatchetException {
        byte[] fromBob = send(bob, "hello from bob");
        byte[] fromAlice = send(alice, "hello from alice");
        assertEquals("hello from alice", receive(bob, fromAlice));
        assertEquals("hello from bob", receive(alice, fromBob));
        converse(alice, bob, 4);
    }

    @Test
    void messagesOfOneChainArriveInReverse() throws RatchetException {
        List<byte[]> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sent.add(send(alice, "m" + i));
        }
        for (int i = 5; i >= 0; i--) {
            assertEquals("m" + i, receive(bob, sent.get(i)));
        }
        assertEquals(0, bob.storedSkippedKeys());
    }

    @Test
    void messagesOfSeveralChainsArriveOutOfOrder() throws RatchetException {
        byte[] b0 = send(bob, "b0");                 // Bob's first chain, before any DH step
        assertEquals("a0", receive(bob, send(alice, "a0")));
        byte[] b1 = send(bob, "b1");                 // Bob's second chain
        byte[] b1Late = send(bob, "b1-late");
        assertEquals("b1", receive(alice, b1));      // Alice's DH step; b0 skipped
        assertEquals("a1", receive(bob, send(alice, "a1")));
        byte[] b2 = send(bob, "b2");                 // Bob's third chain
        assertEquals("b2", receive(alice, b2));      // b1-late skipped
        assertEquals(2, alice.storedSkippedKeys());
        assertEquals("b0", receive(alice, b0));
        assertEquals("b1-late", receive(alice, b1Late));
        assertEquals(0, alice.storedSkippedKeys());
        converse(alice, bob, 3);
    }

    @Test
    void aLostMessageDoesNotBlockLaterOnes() throws RatchetException {
        byte[] first = send(alice, "first");
        send(alice, "lost");
        byte[] third = send(alice, "third");
        assertEquals("first", receive(bob, first));
        assertEquals("third", receive(bob, third));
        assertEquals(1, bob.storedSkippedKeys());
        converse(bob, alice, 6);
        assertEquals(1, bob.storedSkippedKeys(), "the lost message's key waits until evicted");
    }

    @Test
    void emptyPlaintextAndEmptyAssociatedDataWork() throws RatchetException {
        byte[] message = alice.encrypt(new byte[0], new byte[0], RatchetPair.NOW);
        assertArrayEquals(new byte[0], bob.decrypt(message, new byte[0], RatchetPair.NOW));
    }

    @Test
    void messageIsPrefixSealedHeaderAndSealedBody() throws RatchetException {
        byte[] plaintext = CryptoRandom.bytes(4096);
        byte[] message = alice.encrypt(plaintext, RatchetPair.AD, RatchetPair.NOW);
        assertEquals(1, message[0], "format version");
        assertEquals(80, ((message[1] & 0xFF) << 8) | (message[2] & 0xFF), "sealed header length");
        assertEquals(3 + 80 + XChaCha20Poly1305.OVERHEAD + plaintext.length, message.length);
        assertArrayEquals(plaintext, bob.decrypt(message, RatchetPair.AD, RatchetPair.NOW));
    }

    @Test
    void toStringShowsCountersOnly() throws RatchetException {
        assertEquals("hi", receive(bob, send(alice, "hi")));
        String shown = bob.toString();
        assertEquals("RatchetSession[sent=0, received=1, previousSent=0, skippedKeys=0, receivingChain=true]", shown);
        assertFalse(RatchetSession.forKeyHolder(SymmetricKey.random(), X25519.generateKeyPair())
                .toString().contains("receivingChain=true"));
    }

    /** {@code rounds} turns, each side sending one to three messages before the other answers. */
    static void converse(RatchetSession first, RatchetSession second, int rounds) throws RatchetException {
        RatchetSession from = first;
        RatchetSession to = second;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i <= round % 3; i++) {
                String text = "round " + round + " message " + i;
                assertEquals(text, receive(to, send(from, text)));
            }
            RatchetSession swap = from;
            from = to;
            to = swap;
        }
    }
}

package app.pli.messenger.session;

import static app.pli.messenger.session.RatchetPair.AD;
import static app.pli.messenger.session.RatchetPair.receive;
import static app.pli.messenger.session.RatchetPair.send;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.crypto.XChaCha20Poly1305;
import app.pli.messenger.session.RatchetException.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages that must be refused, each leaving the session exactly as it was and still usable. */
class RatchetRejectionTest {
    private final RatchetPair pair = RatchetPair.create();
    private final RatchetSession bob = pair.holder();
    private final RatchetSession alice = pair.receiver();

    @Test
    void aReplayWithinTheChainIsRefused() throws RatchetException {
        byte[] first = send(bob, "first");
        assertEquals("first", receive(alice, first));
        assertRefused(alice, first, AD, Reason.NOT_DECRYPTABLE);
        RatchetSessionTest.converse(alice, bob, 2);
    }

    @Test
    void aReplayOfTheMessageThatStartedADiffieHellmanStepIsRefused() throws RatchetException {
        byte[] first = send(alice, "first");
        assertEquals("first", receive(bob, first));
        assertRefused(bob, first, AD, Reason.NOT_DECRYPTABLE);
    }

    @Test
    void aReplayOfASkippedMessageIsRefused() throws RatchetException {
        byte[] early = send(alice, "early");
        assertEquals("late", receive(bob, send(alice, "late")));
        assertEquals("early", receive(bob, early));
        assertRefused(bob, early, AD, Reason.NOT_DECRYPTABLE);
    }

    @Test
    void aReplayFromAnOldChainIsRefused() throws RatchetException {
        byte[] old = send(alice, "old");
        assertEquals("old", receive(bob, old));
        RatchetSessionTest.converse(bob, alice, 4);
        assertRefused(bob, old, AD, Reason.NOT_DECRYPTABLE);
    }

    /** Positions: version, length, header nonce, header ciphertext, header tag, body nonce, body ciphertext, body tag. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 30, 82, 83, 110, -1})
    void anAlteredByteIsRefused(int position) throws RatchetException {
        for (int round = 0; round < 2; round++) {   // round 0 starts a DH step at Bob, round 1 is in the chain
            byte[] message = send(alice, "round " + round);
            byte[] altered = message.clone();
            int at = position >= 0 ? position : message.length - 1;
            altered[at] ^= 0x01;
            Reason expected = at == 0 ? Reason.UNSUPPORTED_VERSION : at <= 2 ? Reason.MALFORMED : Reason.NOT_DECRYPTABLE;
            assertRefused(bob, altered, AD, expected);
            assertEquals("round " + round, receive(bob, message));
        }
    }

    @Test
    void otherAssociatedDataIsRefused() throws RatchetException {
        for (int round = 0; round < 2; round++) {
            byte[] message = send(alice, "round " + round);
            assertRefused(bob, message, RatchetPair.bytes("pli/v1/test/other-ad"), Reason.NOT_DECRYPTABLE);
            assertEquals("round " + round, receive(bob, message));
        }
    }

    @Test
    void malformedFramesAreRefusedBeforeAnyCryptography() throws RatchetException {
        byte[] message = send(alice, "hello");
        assertRefused(bob, new byte[0], AD, Reason.MALFORMED);
        assertRefused(bob, Arrays.copyOf(message, 2), AD, Reason.MALFORMED);
        assertRefused(bob, Arrays.copyOf(message, 3 + 80 + 39), AD, Reason.MALFORMED);
        byte[] shortHeader = message.clone();
        shortHeader[2] = 79;
        assertRefused(bob, shortHeader, AD, Reason.MALFORMED);
        byte[] nextVersion = message.clone();
        nextVersion[0] = 2;
        assertRefused(bob, nextVersion, AD, Reason.UNSUPPORTED_VERSION);
        assertEquals("hello", receive(bob, message));
    }

    @Test
    void aMessageOfAnotherSessionIsRefused() throws RatchetException {
        X25519KeyPair sharedInitialPair = X25519.generateKeyPair();
        RatchetSession holder = RatchetSession.forKeyHolder(SymmetricKey.random(), sharedInitialPair);
        RatchetSession strangerReceiver = RatchetSession.forKeyReceiver(SymmetricKey.random(), sharedInitialPair.publicKey());
        RatchetSession strangerHolder = RatchetSession.forKeyHolder(SymmetricKey.random(), sharedInitialPair);
        assertRefused(holder, send(strangerReceiver, "not yours"), AD, Reason.NOT_DECRYPTABLE);
        assertRefused(alice, send(strangerHolder, "not yours"), AD, Reason.NOT_DECRYPTABLE);
        assertRefused(bob, send(RatchetPair.create().receiver(), "not yours"), AD, Reason.NOT_DECRYPTABLE);
    }

    @Test
    void aLowOrderInitialRatchetKeyIsRefused() throws CryptoException {
        X25519PublicKey lowOrder = X25519PublicKey.of(new byte[32]);
        assertThrows(IllegalArgumentException.class, () -> RatchetSession.forKeyReceiver(SymmetricKey.random(), lowOrder));
    }

    @Test
    void anAuthenticHeaderWithALowOrderRatchetKeyIsRefused() throws CryptoException {
        SymmetricKey rootKey = SymmetricKey.random();
        RatchetSession holder = RatchetSession.forKeyHolder(rootKey, X25519.generateKeyPair());
        byte[] sharedHka = RatchetKdf.initialSecrets(rootKey.bytes()).sharedHka();
        RatchetHeader header = new RatchetHeader(X25519PublicKey.of(new byte[32]), 0, 0);
        byte[] sealedHeader = header.seal(sharedHka);
        byte[] body = XChaCha20Poly1305.seal(SymmetricKey.random(), AD, new byte[1]);
        byte[] message = RatchetMessageFormat.encode(sealedHeader, body);
        assertRefused(holder, message, AD, Reason.MALFORMED);
    }

    @Test
    void skippingMoreThanMaxSkipInAChainIsRefused() throws RatchetException {
        List<byte[]> sent = sendMany(bob, RatchetSession.MAX_SKIP + 2);
        assertRefused(alice, sent.get(RatchetSession.MAX_SKIP + 1), AD, Reason.TOO_MANY_SKIPPED);
        assertEquals("m" + RatchetSession.MAX_SKIP, receive(alice, sent.get(RatchetSession.MAX_SKIP)));
        assertEquals(RatchetSession.MAX_SKIP, alice.storedSkippedKeys());
        assertEquals("m" + (RatchetSession.MAX_SKIP + 1), receive(alice, sent.get(RatchetSession.MAX_SKIP + 1)));
        assertEquals("m0", receive(alice, sent.get(0)));
    }

    @Test
    void skippingMoreThanMaxSkipAtADiffieHellmanStepIsRefused() throws RatchetException {
        List<byte[]> sent = sendMany(alice, RatchetSession.MAX_SKIP + 2);
        assertRefused(bob, sent.get(RatchetSession.MAX_SKIP + 1), AD, Reason.TOO_MANY_SKIPPED);
        assertEquals("m" + RatchetSession.MAX_SKIP, receive(bob, sent.get(RatchetSession.MAX_SKIP)));
        RatchetSessionTest.converse(bob, alice, 3);
    }

    @Test
    void aPreviousChainLongerThanMaxSkipIsRefused() throws RatchetException {
        List<byte[]> unseen = sendMany(bob, RatchetSession.MAX_SKIP + 2);
        assertEquals("a0", receive(bob, send(alice, "a0")));
        byte[] nextChain = send(bob, "next chain");   // PN = MAX_SKIP + 2, none of them seen
        assertRefused(alice, nextChain, AD, Reason.TOO_MANY_SKIPPED);
        assertEquals("m" + RatchetSession.MAX_SKIP, receive(alice, unseen.get(RatchetSession.MAX_SKIP)));
        assertEquals("next chain", receive(alice, nextChain));
        assertEquals("m" + (RatchetSession.MAX_SKIP + 1), receive(alice, unseen.get(RatchetSession.MAX_SKIP + 1)));
    }

    @Test
    void theStoreOfSkippedKeysEvictsTheOldestPastItsCap() throws RatchetException {
        int skip = RatchetSession.MAX_SKIP;
        List<byte[]> firstChain = sendMany(bob, skip + 1);
        assertEquals("m" + skip, receive(alice, firstChain.get(skip)));       // keys 0..999 stored
        assertEquals("a0", receive(bob, send(alice, "a0")));
        List<byte[]> secondChain = sendMany(bob, skip + 7);
        assertEquals("m" + skip, receive(alice, secondChain.get(skip)));      // 1000 more: 2000
        assertEquals(RatchetSession.MAX_STORED_SKIPPED, alice.storedSkippedKeys());
        assertEquals("m" + (skip + 6), receive(alice, secondChain.get(skip + 6)));   // 5 more: evicts 5
        assertEquals(RatchetSession.MAX_STORED_SKIPPED, alice.storedSkippedKeys());
        for (int evicted = 0; evicted < 5; evicted++) {
            assertRefused(alice, firstChain.get(evicted), AD, Reason.NOT_DECRYPTABLE);
        }
        assertEquals("m5", receive(alice, firstChain.get(5)));
        assertEquals("m" + (skip + 1), receive(alice, secondChain.get(skip + 1)));
        assertEquals(RatchetSession.MAX_STORED_SKIPPED - 2, alice.storedSkippedKeys());
    }

    private static List<byte[]> sendMany(RatchetSession from, int count) {
        List<byte[]> sent = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sent.add(send(from, "m" + i));
        }
        return sent;
    }

    /** Asserts the refusal at {@link RatchetPair#NOW} and its reason, and that the session's state did not change. */
    static void assertRefused(RatchetSession to, byte[] message, byte[] ad, Reason reason) {
        assertRefused(to, message, ad, reason, RatchetPair.NOW);
    }

    /** Asserts the refusal at {@code now} and its reason, and that the session's state did not change. */
    static void assertRefused(RatchetSession to, byte[] message, byte[] ad, Reason reason, Instant now) {
        byte[] before = to.toBytes();
        RatchetException refused = assertThrows(RatchetException.class, () -> to.decrypt(message, ad, now));
        assertEquals(reason, refused.reason(), refused.getMessage());
        assertArrayEquals(before, to.toBytes(), "a refused message left the state as it was");
    }
}

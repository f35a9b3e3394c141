package app.pli.transport.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NoiseHandshakeTest {
    private static final byte[] PROLOGUE = "pli/v1/test".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY = new byte[0];

    @Test
    void nkSessionCarriesMessagesBothWaysAndAgreesOnTheHash() throws NoiseException {
        X25519KeyPair relay = X25519.generateKeyPair();
        NoiseHandshake client = NoiseHandshake.nkInitiator(PROLOGUE, relay.publicKey());
        NoiseHandshake server = NoiseHandshake.nkResponder(PROLOGUE, relay);
        assertEquals(NoiseHandshake.Step.WRITE, client.nextStep());
        assertEquals(NoiseHandshake.Step.READ, server.nextStep());
        byte[] first = client.writeMessage(EMPTY);
        assertEquals(48, first.length);
        assertArrayEquals(EMPTY, server.readMessage(first));
        byte[] second = server.writeMessage(EMPTY);
        assertEquals(48, second.length);
        assertArrayEquals(EMPTY, client.readMessage(second));

        NoiseTransport c = client.split();
        NoiseTransport s = server.split();
        assertArrayEquals(c.handshakeHash(), s.handshakeHash());
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(hello, s.decrypt(c.encrypt(hello)));
        assertArrayEquals(hello, c.decrypt(s.encrypt(hello)));
    }

    @Test
    void nkFailsAtTheResponderWhenTheClientExpectsAnotherKey() {
        X25519KeyPair relay = X25519.generateKeyPair();
        X25519KeyPair impostor = X25519.generateKeyPair();
        NoiseHandshake client = NoiseHandshake.nkInitiator(PROLOGUE, relay.publicKey());
        NoiseHandshake server = NoiseHandshake.nkResponder(PROLOGUE, impostor);
        byte[] first = client.writeMessage(EMPTY);
        assertThrows(NoiseException.class, () -> server.readMessage(first));
        assertEquals(NoiseHandshake.Step.FAILED, server.nextStep());
    }

    @Test
    void aDifferentPrologueFailsTheHandshake() {
        X25519KeyPair relay = X25519.generateKeyPair();
        NoiseHandshake client = NoiseHandshake.nkInitiator(PROLOGUE, relay.publicKey());
        NoiseHandshake server = NoiseHandshake.nkResponder("other".getBytes(StandardCharsets.US_ASCII), relay);
        byte[] first = client.writeMessage(EMPTY);
        assertThrows(NoiseException.class, () -> server.readMessage(first));
    }

    @Test
    void truncatedAndOutOfTurnMessagesAreRefused() {
        X25519KeyPair relay = X25519.generateKeyPair();
        NoiseHandshake client = NoiseHandshake.nkInitiator(PROLOGUE, relay.publicKey());
        assertThrows(NoiseException.class, () -> client.readMessage(new byte[48]));
        NoiseHandshake server = NoiseHandshake.nkResponder(PROLOGUE, relay);
        assertThrows(NoiseException.class, () -> server.readMessage(new byte[10]));
        assertThrows(IllegalStateException.class, () -> server.writeMessage(EMPTY));
    }

    @Test
    void aTamperedTransportMessageKillsTheReceivingSide() throws NoiseException {
        X25519KeyPair a = X25519.generateKeyPair();
        X25519KeyPair b = X25519.generateKeyPair();
        NoiseHandshake init = NoiseHandshake.kkInitiator(PROLOGUE, a, b.publicKey());
        NoiseHandshake resp = NoiseHandshake.kkResponder(PROLOGUE, b, a.publicKey());
        resp.readMessage(init.writeMessage(EMPTY));
        init.readMessage(resp.writeMessage(EMPTY));
        NoiseTransport i = init.split();
        NoiseTransport r = resp.split();
        byte[] sealed = i.encrypt(new byte[100]);
        byte[] tampered = Arrays.copyOf(sealed, sealed.length);
        tampered[3] ^= 1;
        assertThrows(NoiseException.class, () -> r.decrypt(tampered));
        assertThrows(NoiseException.class, () -> r.decrypt(sealed), "a failed session stays failed");
        assertThrows(NoiseException.class, () -> r.decrypt(new byte[5]));
        assertFalse(Arrays.equals(i.handshakeHash(), new byte[32]));
    }

    @Test
    void everyFlippedBitOfEitherHandshakeMessageIsRefused() throws NoiseException {
        X25519KeyPair a = X25519.generateKeyPair();
        X25519KeyPair b = X25519.generateKeyPair();
        byte[] payload = "first".getBytes(StandardCharsets.US_ASCII);
        for (NoisePattern pattern : NoisePattern.values()) {
            byte[] first = initiator(pattern, a, b).writeMessage(payload);
            for (int bit = 0; bit < first.length * 8; bit++) {
                byte[] flipped = flip(first, bit);
                NoiseHandshake responder = responder(pattern, a, b);
                assertThrows(NoiseException.class, () -> responder.readMessage(flipped), pattern + " message 1 bit " + bit);
                assertEquals(NoiseHandshake.Step.FAILED, responder.nextStep());
            }
            NoiseHandshake init = initiator(pattern, a, b);
            NoiseHandshake resp = responder(pattern, a, b);
            assertArrayEquals(payload, resp.readMessage(init.writeMessage(payload)));
            byte[] second = resp.writeMessage(payload);
            for (int bit = 0; bit < second.length * 8; bit++) {
                NoiseHandshake fresh = initiator(pattern, a, b);
                NoiseHandshake freshResp = responder(pattern, a, b);
                freshResp.readMessage(fresh.writeMessage(payload));
                byte[] flipped = flip(freshResp.writeMessage(payload), bit);
                assertThrows(NoiseException.class, () -> fresh.readMessage(flipped), pattern + " message 2 bit " + bit);
            }
            assertArrayEquals(payload, init.readMessage(second));
        }
    }

    @Test
    void aLowOrderEphemeralKeyIsRefused() {
        X25519KeyPair relay = X25519.generateKeyPair();
        NoiseHandshake server = NoiseHandshake.nkResponder(PROLOGUE, relay);
        byte[] zeroKey = new byte[NoiseHandshake.KEY_BYTES + NoiseHandshake.TAG_BYTES];
        assertThrows(NoiseException.class, () -> server.readMessage(zeroKey));
        assertEquals(NoiseHandshake.Step.FAILED, server.nextStep());
    }

    @Test
    void transportMessagesCannotBeReplayedReorderedOrReflected() throws NoiseException {
        X25519KeyPair relay = X25519.generateKeyPair();
        NoiseHandshake client = NoiseHandshake.nkInitiator(PROLOGUE, relay.publicKey());
        NoiseHandshake server = NoiseHandshake.nkResponder(PROLOGUE, relay);
        server.readMessage(client.writeMessage(EMPTY));
        client.readMessage(server.writeMessage(EMPTY));
        NoiseTransport c = client.split();
        NoiseTransport s = server.split();
        byte[] one = c.encrypt(new byte[] {1});
        byte[] two = c.encrypt(new byte[] {2});
        assertThrows(NoiseException.class, () -> s.decrypt(two), "out of order");
        assertThrows(NoiseException.class, () -> s.decrypt(one), "a failed session stays failed");

        NoiseTransport c2 = splitPair(relay)[0];
        assertThrows(NoiseException.class, () -> c2.decrypt(c2.encrypt(new byte[] {3})), "reflected to its sender");

        NoiseTransport[] pair = splitPair(relay);
        byte[] first = pair[0].encrypt(new byte[] {4});
        assertArrayEquals(new byte[] {4}, pair[1].decrypt(first));
        assertThrows(NoiseException.class, () -> pair[1].decrypt(first), "replayed");
    }

    @Test
    void aDestroyedTransportRefusesToSendRatherThanSendInTheClear() throws NoiseException {
        NoiseTransport[] pair = splitPair(X25519.generateKeyPair());
        pair[0].destroy();
        assertThrows(IllegalStateException.class, () -> pair[0].encrypt(new byte[] {1}));
        assertThrows(NoiseException.class, () -> pair[0].decrypt(new byte[32]));
    }

    private static NoiseTransport[] splitPair(X25519KeyPair relay) throws NoiseException {
        NoiseHandshake client = NoiseHandshake.nkInitiator(PROLOGUE, relay.publicKey());
        NoiseHandshake server = NoiseHandshake.nkResponder(PROLOGUE, relay);
        server.readMessage(client.writeMessage(EMPTY));
        client.readMessage(server.writeMessage(EMPTY));
        return new NoiseTransport[] {client.split(), server.split()};
    }

    private static NoiseHandshake initiator(NoisePattern pattern, X25519KeyPair a, X25519KeyPair b) {
        return pattern == NoisePattern.NK
                ? NoiseHandshake.nkInitiator(PROLOGUE, b.publicKey())
                : NoiseHandshake.kkInitiator(PROLOGUE, a, b.publicKey());
    }

    private static NoiseHandshake responder(NoisePattern pattern, X25519KeyPair a, X25519KeyPair b) {
        return pattern == NoisePattern.NK
                ? NoiseHandshake.nkResponder(PROLOGUE, b)
                : NoiseHandshake.kkResponder(PROLOGUE, b, a.publicKey());
    }

    private static byte[] flip(byte[] message, int bit) {
        byte[] out = message.clone();
        out[bit / 8] ^= (byte) (1 << (bit % 8));
        return out;
    }
}

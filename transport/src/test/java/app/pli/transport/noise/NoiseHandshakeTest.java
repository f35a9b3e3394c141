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
}

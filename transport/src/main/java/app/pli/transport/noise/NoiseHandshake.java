package app.pli.transport.noise;

import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PrivateKey;
import app.pli.core.crypto.X25519PublicKey;
import com.southernstorm.noise.protocol.DHState;
import com.southernstorm.noise.protocol.HandshakeState;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.BadPaddingException;
import javax.crypto.ShortBufferException;

/**
 * One side of a Noise handshake ({@link NoisePattern#NK} or {@link NoisePattern#KK}) over
 * noise-java, driven message by message: {@link #nextStep()} says whether to write or read,
 * and once it says {@link Step#DONE}, {@link #split()} yields the {@link NoiseTransport}.
 *
 * <p>Not thread-safe; one connection drives it from one thread. Any refused message moves
 * it to {@link Step#FAILED}, after which it accepts nothing more.
 */
public final class NoiseHandshake {
    /** The longest Noise message, handshake or transport (the spec's limit). */
    public static final int MAX_MESSAGE_BYTES = 65535;
    /** Bytes a public key adds to a handshake message. */
    public static final int KEY_BYTES = 32;
    /** Bytes an authentication tag adds to every encrypted payload. */
    public static final int TAG_BYTES = 16;

    /** What the handshake expects next. */
    public enum Step { WRITE, READ, DONE, FAILED }

    private final HandshakeState state;
    private boolean failed;

    private NoiseHandshake(NoisePattern pattern, int role, byte[] prologue) {
        Objects.requireNonNull(prologue, "prologue");
        try {
            this.state = new HandshakeState(pattern.protocolName(), role);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("noise-java lacks " + pattern.protocolName(), e);
        }
        state.setPrologue(prologue, 0, prologue.length);
    }

    /** The client side of NK: it knows the responder's static key and stays anonymous. */
    public static NoiseHandshake nkInitiator(byte[] prologue, X25519PublicKey responderStatic) {
        NoiseHandshake h = new NoiseHandshake(NoisePattern.NK, HandshakeState.INITIATOR, prologue);
        h.setRemoteStatic(responderStatic);
        h.state.start();
        return h;
    }

    /** The server side of NK, holding the static key pair its address publishes. */
    public static NoiseHandshake nkResponder(byte[] prologue, X25519KeyPair localStatic) {
        NoiseHandshake h = new NoiseHandshake(NoisePattern.NK, HandshakeState.RESPONDER, prologue);
        h.setLocalStatic(localStatic);
        h.state.start();
        return h;
    }

    /** The initiating side of KK: both static keys are known to both parties. */
    public static NoiseHandshake kkInitiator(byte[] prologue, X25519KeyPair localStatic,
            X25519PublicKey remoteStatic) {
        return kk(HandshakeState.INITIATOR, prologue, localStatic, remoteStatic);
    }

    /** The responding side of KK. */
    public static NoiseHandshake kkResponder(byte[] prologue, X25519KeyPair localStatic,
            X25519PublicKey remoteStatic) {
        return kk(HandshakeState.RESPONDER, prologue, localStatic, remoteStatic);
    }

    private static NoiseHandshake kk(int role, byte[] prologue, X25519KeyPair localStatic,
            X25519PublicKey remoteStatic) {
        NoiseHandshake h = new NoiseHandshake(NoisePattern.KK, role, prologue);
        h.setLocalStatic(localStatic);
        h.setRemoteStatic(remoteStatic);
        h.state.start();
        return h;
    }

    /**
     * Replaces the random ephemeral key by {@code ephemeral}. Only for known-answer tests: a
     * fixed ephemeral key destroys forward secrecy.
     */
    void fixEphemeralForTest(X25519PrivateKey ephemeral) {
        setPrivateKey(state.getFixedEphemeralKey(), ephemeral);
    }

    /** What the handshake expects next. */
    public Step nextStep() {
        if (failed) {
            return Step.FAILED;
        }
        return switch (state.getAction()) {
            case HandshakeState.WRITE_MESSAGE -> Step.WRITE;
            case HandshakeState.READ_MESSAGE -> Step.READ;
            case HandshakeState.SPLIT, HandshakeState.COMPLETE -> Step.DONE;
            default -> Step.FAILED;
        };
    }

    /**
     * The next handshake message, carrying {@code payload} (encrypted once the pattern has a
     * key). Calling it when {@link #nextStep()} is not {@link Step#WRITE} is a programming
     * error.
     */
    public byte[] writeMessage(byte[] payload) {
        Objects.requireNonNull(payload, "payload");
        requireStep(Step.WRITE);
        byte[] out = new byte[Math.min(MAX_MESSAGE_BYTES, payload.length + 2 * (KEY_BYTES + TAG_BYTES))];
        try {
            int n = state.writeMessage(out, 0, payload, 0, payload.length);
            return Arrays.copyOf(out, n);
        } catch (ShortBufferException e) {
            failed = true;
            throw new IllegalArgumentException("handshake payload too long: " + payload.length + " bytes", e);
        }
    }

    /**
     * Reads the peer's next handshake message and returns its payload.
     *
     * @throws NoiseException when it is not the peer's turn, or the message is too short,
     *     too long or fails authentication (for NK: the responder does not hold the key the
     *     initiator expected)
     */
    public byte[] readMessage(byte[] message) throws NoiseException {
        Objects.requireNonNull(message, "message");
        if (nextStep() != Step.READ) {
            failed = true;
            throw new NoiseException("unexpected Noise handshake message");
        }
        if (message.length > MAX_MESSAGE_BYTES) {
            failed = true;
            throw new NoiseException("Noise handshake message too long");
        }
        byte[] payload = new byte[message.length];
        try {
            int n = state.readMessage(message, 0, message.length, payload, 0);
            return Arrays.copyOf(payload, n);
        } catch (ShortBufferException | IllegalArgumentException e) {
            failed = true;
            throw new NoiseException("Noise handshake message too short", e);
        } catch (BadPaddingException e) {
            failed = true;
            throw new NoiseException("Noise handshake message failed authentication", e);
        }
    }

    /** The handshake hash, which binds signatures to this session; only once {@link Step#DONE}. */
    public byte[] handshakeHash() {
        requireStep(Step.DONE);
        return state.getHandshakeHash();
    }

    /** The transport ciphers of the finished handshake; call once, at {@link Step#DONE}. */
    public NoiseTransport split() {
        requireStep(Step.DONE);
        byte[] hash = state.getHandshakeHash();
        NoiseTransport transport = new NoiseTransport(state.split(), hash);
        state.destroy();
        return transport;
    }

    /** Wipes the key material of an abandoned handshake. */
    public void destroy() {
        failed = true;
        state.destroy();
    }

    private void requireStep(Step expected) {
        Step actual = nextStep();
        if (actual != expected) {
            throw new IllegalStateException("Noise handshake is at " + actual + ", not " + expected);
        }
    }

    private void setLocalStatic(X25519KeyPair localStatic) {
        Objects.requireNonNull(localStatic, "localStatic");
        setPrivateKey(state.getLocalKeyPair(), localStatic.privateKey());
    }

    private void setRemoteStatic(X25519PublicKey remoteStatic) {
        Objects.requireNonNull(remoteStatic, "remoteStatic");
        state.getRemotePublicKey().setPublicKey(remoteStatic.bytes(), 0);
    }

    private static void setPrivateKey(DHState target, X25519PrivateKey key) {
        Objects.requireNonNull(key, "key");
        byte[] raw = key.bytes();
        try {
            target.setPrivateKey(raw, 0);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }
}

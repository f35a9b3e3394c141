package app.pli.transport.noise;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PrivateKey;
import app.pli.core.crypto.X25519PublicKey;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One side of a Noise handshake ({@link NoisePattern#NK} or {@link NoisePattern#KK}): the
 * specification's HandshakeState (section 5.3), driven message by message. {@link #nextStep()}
 * says whether to write or read, and once it says {@link Step#DONE}, {@link #split()} yields
 * the {@link NoiseTransport}.
 *
 * <p>Our own state machine over the JDK's ChaCha20-Poly1305 and SHA-256 and Bouncy Castle's
 * X25519 and HMAC (noise-java hides the split keys, so it could not run a faster cipher);
 * every NK and KK vector of cacophony and snow checks it. A Diffie-Hellman result of all
 * zeros (a low-order key) fails the handshake.
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

    private final NoisePattern pattern;
    private final boolean initiator;
    private final NoiseSymmetricState symmetric;
    private final X25519KeyPair localStatic;
    private final X25519PublicKey remoteStatic;
    private X25519KeyPair localEphemeral;
    private X25519PublicKey remoteEphemeral;
    private int messagesDone;
    private boolean failed;
    private boolean split;

    private NoiseHandshake(NoisePattern pattern, boolean initiator, byte[] prologue,
            X25519KeyPair localStatic, X25519PublicKey remoteStatic) {
        Objects.requireNonNull(prologue, "prologue");
        this.pattern = pattern;
        this.initiator = initiator;
        this.localStatic = localStatic;
        this.remoteStatic = remoteStatic;
        this.symmetric = new NoiseSymmetricState(pattern.protocolName());
        symmetric.mixHash(prologue);
        for (NoisePattern.PreMessage key : pattern.preMessages()) {
            boolean ours = (key == NoisePattern.PreMessage.INITIATOR_STATIC) == initiator;
            symmetric.mixHash(ours ? localStatic.publicKey().bytes() : remoteStatic.bytes());
        }
    }

    /** The client side of NK: it knows the responder's static key and stays anonymous. */
    public static NoiseHandshake nkInitiator(byte[] prologue, X25519PublicKey responderStatic) {
        Objects.requireNonNull(responderStatic, "responderStatic");
        return new NoiseHandshake(NoisePattern.NK, true, prologue, null, responderStatic);
    }

    /** The server side of NK, holding the static key pair its address publishes. */
    public static NoiseHandshake nkResponder(byte[] prologue, X25519KeyPair localStatic) {
        Objects.requireNonNull(localStatic, "localStatic");
        return new NoiseHandshake(NoisePattern.NK, false, prologue, localStatic, null);
    }

    /** The initiating side of KK: both static keys are known to both parties. */
    public static NoiseHandshake kkInitiator(byte[] prologue, X25519KeyPair localStatic,
            X25519PublicKey remoteStatic) {
        return kk(true, prologue, localStatic, remoteStatic);
    }

    /** The responding side of KK. */
    public static NoiseHandshake kkResponder(byte[] prologue, X25519KeyPair localStatic,
            X25519PublicKey remoteStatic) {
        return kk(false, prologue, localStatic, remoteStatic);
    }

    private static NoiseHandshake kk(boolean initiator, byte[] prologue, X25519KeyPair localStatic,
            X25519PublicKey remoteStatic) {
        Objects.requireNonNull(localStatic, "localStatic");
        Objects.requireNonNull(remoteStatic, "remoteStatic");
        return new NoiseHandshake(NoisePattern.KK, initiator, prologue, localStatic, remoteStatic);
    }

    /**
     * Replaces the random ephemeral key by {@code ephemeral}. Only for known-answer tests: a
     * fixed ephemeral key destroys forward secrecy.
     */
    void fixEphemeralForTest(X25519PrivateKey ephemeral) {
        localEphemeral = X25519KeyPair.of(ephemeral);
    }

    /** What the handshake expects next. */
    public Step nextStep() {
        if (failed) {
            return Step.FAILED;
        }
        if (messagesDone == pattern.messages().size()) {
            return Step.DONE;
        }
        boolean initiatorsTurn = messagesDone % 2 == 0;
        return initiatorsTurn == initiator ? Step.WRITE : Step.READ;
    }

    /**
     * The next handshake message, carrying {@code payload} (encrypted once the pattern has a
     * key). Calling it when {@link #nextStep()} is not {@link Step#WRITE} is a programming
     * error.
     *
     * @throws IllegalArgumentException when the payload does not fit in one message, or a
     *     static key given at construction is of low order
     */
    public byte[] writeMessage(byte[] payload) {
        Objects.requireNonNull(payload, "payload");
        requireStep(Step.WRITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 2 * (KEY_BYTES + TAG_BYTES));
        try {
            for (NoisePattern.Token token : tokens()) {
                if (token == NoisePattern.Token.E) {
                    if (localEphemeral == null) {
                        localEphemeral = X25519.generateKeyPair();
                    }
                    byte[] key = localEphemeral.publicKey().bytes();
                    out.writeBytes(key);
                    symmetric.mixHash(key);
                } else {
                    mixDiffieHellman(token);
                }
            }
        } catch (CryptoException e) {
            failed = true;
            throw new IllegalArgumentException("Noise key agreement failed: " + e.getMessage(), e);
        }
        if (out.size() + payload.length + (symmetric.hasKey() ? TAG_BYTES : 0) > MAX_MESSAGE_BYTES) {
            failed = true;
            throw new IllegalArgumentException("handshake payload too long: " + payload.length + " bytes");
        }
        out.writeBytes(symmetric.encryptAndHash(payload));
        messagesDone++;
        return out.toByteArray();
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
        try {
            int offset = 0;
            for (NoisePattern.Token token : tokens()) {
                if (token == NoisePattern.Token.E) {
                    if (message.length - offset < KEY_BYTES) {
                        throw new NoiseException("Noise handshake message too short");
                    }
                    byte[] key = Arrays.copyOfRange(message, offset, offset + KEY_BYTES);
                    offset += KEY_BYTES;
                    remoteEphemeral = X25519PublicKey.of(key);
                    symmetric.mixHash(key);
                } else {
                    mixDiffieHellman(token);
                }
            }
            byte[] payload = symmetric.decryptAndHash(message, offset, message.length - offset);
            messagesDone++;
            return payload;
        } catch (NoiseException e) {
            failed = true;
            throw e;
        } catch (CryptoException e) {
            failed = true;
            throw new NoiseException("Noise handshake key agreement failed", e);
        }
    }

    /** The handshake hash, which binds signatures to this session; only once {@link Step#DONE}. */
    public byte[] handshakeHash() {
        requireStep(Step.DONE);
        return symmetric.handshakeHash();
    }

    /** The transport ciphers of the finished handshake; call once, at {@link Step#DONE}. */
    public NoiseTransport split() {
        requireStep(Step.DONE);
        if (split) {
            throw new IllegalStateException("Noise handshake already split");
        }
        split = true;
        byte[] hash = symmetric.handshakeHash();
        NoiseCipherState[] ciphers = symmetric.split();
        forgetEphemeral();
        return initiator
                ? new NoiseTransport(ciphers[0], ciphers[1], hash)
                : new NoiseTransport(ciphers[1], ciphers[0], hash);
    }

    /** Wipes the key material of an abandoned handshake. */
    public void destroy() {
        failed = true;
        symmetric.destroy();
        forgetEphemeral();
    }

    private List<NoisePattern.Token> tokens() {
        return pattern.messages().get(messagesDone);
    }

    /** Mixes in the DH result {@code token} names; "es" is the initiator's ephemeral with the responder's static. */
    private void mixDiffieHellman(NoisePattern.Token token) throws CryptoException {
        byte[] shared = switch (token) {
            case EE -> X25519.agree(localEphemeral.privateKey(), remoteEphemeral);
            case SS -> X25519.agree(localStatic.privateKey(), remoteStatic);
            case ES -> initiator
                    ? X25519.agree(localEphemeral.privateKey(), remoteStatic)
                    : X25519.agree(localStatic.privateKey(), remoteEphemeral);
            case SE -> initiator
                    ? X25519.agree(localStatic.privateKey(), remoteEphemeral)
                    : X25519.agree(localEphemeral.privateKey(), remoteStatic);
            case E -> throw new IllegalArgumentException("E is not a Diffie-Hellman token");
        };
        try {
            symmetric.mixKey(shared);
        } finally {
            Arrays.fill(shared, (byte) 0);
        }
    }

    private void forgetEphemeral() {
        localEphemeral = null;
        remoteEphemeral = null;
    }

    private void requireStep(Step expected) {
        Step actual = nextStep();
        if (actual != expected) {
            throw new IllegalStateException("Noise handshake is at " + actual + ", not " + expected);
        }
    }
}

package app.pli.transport.noise;

import java.util.Objects;

/**
 * The two transport ciphers of a finished Noise handshake, with the handshake hash.
 *
 * <p>Each direction counts its own nonces, so messages must be decrypted in the order they
 * were encrypted; a failed decryption leaves the session unusable. Not thread-safe as a
 * whole, but the sending half and the receiving half are independent: one thread may
 * encrypt while another decrypts.
 */
public final class NoiseTransport {
    /** The longest plaintext one transport message can carry. */
    public static final int MAX_PLAINTEXT_BYTES = NoiseHandshake.MAX_MESSAGE_BYTES - NoiseHandshake.TAG_BYTES;

    private static final byte[] NO_AD = new byte[0];

    private final NoiseCipherState sender;
    private final NoiseCipherState receiver;
    private final byte[] handshakeHash;
    private boolean receiveFailed;

    NoiseTransport(NoiseCipherState sender, NoiseCipherState receiver, byte[] handshakeHash) {
        this.sender = sender;
        this.receiver = receiver;
        this.handshakeHash = handshakeHash.clone();
    }

    /** The session's handshake hash: equal on both ends, unique to this session. */
    public byte[] handshakeHash() {
        return handshakeHash.clone();
    }

    /** The transport message carrying {@code plaintext} (plaintext plus a 16-byte tag). */
    public byte[] encrypt(byte[] plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        if (plaintext.length > MAX_PLAINTEXT_BYTES) {
            throw new IllegalArgumentException("transport plaintext too long: " + plaintext.length);
        }
        return sender.encryptWithAd(NO_AD, plaintext, 0, plaintext.length);
    }

    /**
     * The plaintext of the transport message in {@code message[offset, offset+length)}.
     *
     * @throws NoiseException when it is too short or too long, fails authentication, or an
     *     earlier message already failed
     */
    public byte[] decrypt(byte[] message, int offset, int length) throws NoiseException {
        Objects.checkFromIndexSize(offset, length, message.length);
        if (receiveFailed) {
            throw new NoiseException("Noise session already failed");
        }
        if (length < NoiseHandshake.TAG_BYTES || length > NoiseHandshake.MAX_MESSAGE_BYTES) {
            receiveFailed = true;
            throw new NoiseException("Noise transport message has a bad length");
        }
        try {
            return receiver.decryptWithAd(NO_AD, message, offset, length);
        } catch (NoiseException e) {
            receiveFailed = true;
            throw e;
        }
    }

    /** The plaintext of the whole of {@code message}; see {@link #decrypt(byte[], int, int)}. */
    public byte[] decrypt(byte[] message) throws NoiseException {
        return decrypt(message, 0, message.length);
    }

    /** Forgets both keys; the transport is unusable afterwards. */
    public void destroy() {
        sender.destroy();
        receiver.destroy();
    }
}

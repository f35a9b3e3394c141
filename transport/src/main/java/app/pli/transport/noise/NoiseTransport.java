package app.pli.transport.noise;

import com.southernstorm.noise.protocol.CipherState;
import com.southernstorm.noise.protocol.CipherStatePair;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.BadPaddingException;
import javax.crypto.ShortBufferException;

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

    private final CipherState sender;
    private final CipherState receiver;
    private final byte[] handshakeHash;
    private boolean receiveFailed;

    NoiseTransport(CipherStatePair pair, byte[] handshakeHash) {
        this.sender = pair.getSender();
        this.receiver = pair.getReceiver();
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
        byte[] out = new byte[plaintext.length + NoiseHandshake.TAG_BYTES];
        try {
            int n = sender.encryptWithAd(NO_AD, plaintext, 0, out, 0, plaintext.length);
            return n == out.length ? out : Arrays.copyOf(out, n);
        } catch (ShortBufferException e) {
            throw new IllegalStateException("transport output buffer sized wrongly", e);
        }
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
        byte[] out = new byte[length - NoiseHandshake.TAG_BYTES];
        try {
            int n = receiver.decryptWithAd(NO_AD, message, offset, out, 0, length);
            return n == out.length ? out : Arrays.copyOf(out, n);
        } catch (ShortBufferException e) {
            receiveFailed = true;
            throw new NoiseException("Noise transport message too short", e);
        } catch (BadPaddingException e) {
            receiveFailed = true;
            throw new NoiseException("Noise transport message failed authentication", e);
        }
    }

    /** The plaintext of the whole of {@code message}; see {@link #decrypt(byte[], int, int)}. */
    public byte[] decrypt(byte[] message) throws NoiseException {
        return decrypt(message, 0, message.length);
    }

    /** Wipes both keys; the transport is unusable afterwards. */
    public void destroy() {
        sender.destroy();
        receiver.destroy();
    }
}

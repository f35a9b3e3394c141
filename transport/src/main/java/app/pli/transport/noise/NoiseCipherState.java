package app.pli.transport.noise;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Noise's CipherState (specification section 5.1) for ChaChaPoly: a key, or none yet, and
 * the 64-bit counter that makes each message's nonce ({@code 0x00000000 || little-endian
 * counter}). The AEAD is the JDK's ChaCha20-Poly1305 (SunJCE), which newer JDKs run with
 * vector intrinsics.
 *
 * <p>Invariants: the counter only grows, so a (key, nonce) pair is never used twice; a
 * failed decryption does not move it. Without a key, encryption and decryption are the
 * identity, as the specification requires during the first tokens of a handshake. The
 * JDK copies key bytes into objects that cannot be wiped on JDK 17; {@link #destroy()} drops
 * this state's references and zeroes what it holds itself. Not thread-safe.
 */
final class NoiseCipherState {
    static final int KEY_BYTES = 32;
    private static final String ALGORITHM = "ChaCha20-Poly1305";
    /** The specification reserves the largest counter value; it is never used as a nonce. */
    private static final long LAST_NONCE = -1L;

    private final Cipher cipher;
    private final byte[] nonce = new byte[12];
    private SecretKeySpec key;
    private long counter;
    private boolean destroyed;

    NoiseCipherState() {
        try {
            this.cipher = Cipher.getInstance(ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this JDK", e);
        }
    }

    /** Sets a new key (its bytes are copied) and restarts the counter at zero. */
    void initializeKey(byte[] newKey) {
        if (destroyed) {
            throw new IllegalStateException("Noise cipher already destroyed");
        }
        if (newKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("Noise cipher key must be " + KEY_BYTES + " bytes");
        }
        key = new SecretKeySpec(newKey, "ChaCha20");
        counter = 0;
    }

    boolean hasKey() {
        return key != null;
    }

    /** {@code ciphertext || tag} of {@code plaintext[offset, offset+length)}, or a copy of it without a key. */
    byte[] encryptWithAd(byte[] ad, byte[] plaintext, int offset, int length) {
        if (destroyed) {
            throw new IllegalStateException("Noise cipher already destroyed");
        }
        if (key == null) {
            return Arrays.copyOfRange(plaintext, offset, offset + length);
        }
        try {
            init(Cipher.ENCRYPT_MODE, ad);
            byte[] out = cipher.doFinal(plaintext, offset, length);
            counter++;
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " encryption failed", e);
        }
    }

    /**
     * The plaintext of {@code message[offset, offset+length)}, or a copy of it without a key.
     *
     * @throws NoiseException when the message is shorter than a tag or fails authentication
     */
    byte[] decryptWithAd(byte[] ad, byte[] message, int offset, int length) throws NoiseException {
        if (destroyed) {
            throw new NoiseException("Noise cipher already destroyed");
        }
        if (key == null) {
            return Arrays.copyOfRange(message, offset, offset + length);
        }
        if (length < NoiseHandshake.TAG_BYTES) {
            throw new NoiseException("Noise message is shorter than its tag");
        }
        try {
            init(Cipher.DECRYPT_MODE, ad);
            byte[] out = cipher.doFinal(message, offset, length);
            counter++;
            return out;
        } catch (AEADBadTagException e) {
            throw new NoiseException("Noise message failed authentication");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " decryption failed", e);
        }
    }

    /** Forgets the key; the state refuses every later use, rather than pass bytes through unencrypted. */
    void destroy() {
        destroyed = true;
        key = null;
        counter = 0;
        Arrays.fill(nonce, (byte) 0);
    }

    private void init(int mode, byte[] ad) throws GeneralSecurityException {
        if (counter == LAST_NONCE) {
            throw new IllegalStateException("Noise nonce space exhausted; the session must end");
        }
        long n = counter;
        for (int i = 0; i < 8; i++) {
            nonce[4 + i] = (byte) (n >>> (8 * i));
        }
        cipher.init(mode, key, new IvParameterSpec(nonce));
        cipher.updateAAD(ad);
    }
}

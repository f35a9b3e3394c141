package app.pli.core.crypto;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.modes.AEADCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Runs one of Bouncy Castle's ChaCha20-Poly1305 ciphers over whole messages, never
 * releasing plaintext whose tag did not verify. Callers check the nonce with
 * {@link #checkNonce} first; a wrong size reaching {@link #seal} or {@link #open} is a bug.
 */
final class Poly1305Aead {
    static final int TAG_BYTES = 16;

    private final String name;
    private final int nonceBytes;
    private final Supplier<AEADCipher> cipherFactory;

    Poly1305Aead(String name, int nonceBytes, Supplier<AEADCipher> cipherFactory) {
        this.name = name;
        this.nonceBytes = nonceBytes;
        this.cipherFactory = cipherFactory;
    }

    /** Refuses a nonce that is not of this cipher's size. */
    void checkNonce(byte[] nonce) throws CryptoException {
        Objects.requireNonNull(nonce, "nonce");
        if (nonce.length != nonceBytes) {
            throw new CryptoException(name + " nonce must be " + nonceBytes + " bytes, got " + nonce.length);
        }
    }

    /** {@code ciphertext || tag}. */
    byte[] seal(SymmetricKey key, byte[] nonce, byte[] aad, byte[] plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        AEADCipher cipher = init(true, key, nonce, aad);
        byte[] out = new byte[cipher.getOutputSize(plaintext.length)];
        int n = cipher.processBytes(plaintext, 0, plaintext.length, out, 0);
        try {
            cipher.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(name + " encryption cannot fail an authentication check", e);
        }
        return out;
    }

    /** The plaintext of {@code ciphertext || tag}, or an exception if the tag is wrong. */
    byte[] open(SymmetricKey key, byte[] nonce, byte[] aad, byte[] ciphertextAndTag)
            throws AuthenticationException {
        Objects.requireNonNull(ciphertextAndTag, "ciphertextAndTag");
        AEADCipher cipher = init(false, key, nonce, aad);
        if (ciphertextAndTag.length < TAG_BYTES) {
            throw new AuthenticationException(name + " input is shorter than its tag");
        }
        byte[] out = new byte[cipher.getOutputSize(ciphertextAndTag.length)];
        int n = cipher.processBytes(ciphertextAndTag, 0, ciphertextAndTag.length, out, 0);
        try {
            cipher.doFinal(out, n);
            return out;
        } catch (InvalidCipherTextException e) {
            // Unauthenticated plaintext must not survive anywhere, not even in this buffer.
            Arrays.fill(out, (byte) 0);
            throw new AuthenticationException(name + " authentication failed");
        }
    }

    private AEADCipher init(boolean forEncryption, SymmetricKey key, byte[] nonce, byte[] aad) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(aad, "aad");
        if (nonce.length != nonceBytes) {
            throw new IllegalArgumentException(name + " nonce size was not checked");
        }
        AEADCipher cipher = cipherFactory.get();
        cipher.init(forEncryption, new AEADParameters(new KeyParameter(key.secret()), TAG_BYTES * 8, nonce, aad));
        return cipher;
    }
}

package app.pli.core.crypto;

import java.util.Objects;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * HKDF with SHA-256 (RFC 5869), the one key-derivation function of suite v1.
 *
 * <p>Every derivation carries a {@link KdfLabel} as its info, so outputs for different
 * purposes are independent. An empty salt means HashLen zero bytes, as in the RFC. The
 * output length must be between 1 and {@value #MAX_LENGTH} bytes; another length is a
 * programming error and throws {@link IllegalArgumentException}.
 */
public final class Hkdf {
    /** The longest output HKDF-SHA256 can produce: 255 blocks of 32 bytes. */
    public static final int MAX_LENGTH = 255 * 32;

    private Hkdf() {}

    /** {@code length} bytes derived from {@code ikm} and {@code salt} for the purpose {@code label}. */
    public static byte[] derive(byte[] ikm, byte[] salt, KdfLabel label, int length) {
        Objects.requireNonNull(label, "label");
        return deriveWithInfo(ikm, salt, label.bytes(), length);
    }

    /** A 32-byte {@link SymmetricKey} derived as by {@link #derive}. */
    public static SymmetricKey deriveKey(byte[] ikm, byte[] salt, KdfLabel label) {
        try {
            return SymmetricKey.of(derive(ikm, salt, label, SymmetricKey.BYTES));
        } catch (CryptoException e) {
            throw new IllegalStateException("HKDF returned a key of the wrong length", e);
        }
    }

    /** RFC 5869 with arbitrary info bytes: for the test vectors, not for product code. */
    static byte[] deriveWithInfo(byte[] ikm, byte[] salt, byte[] info, int length) {
        Objects.requireNonNull(ikm, "ikm");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(info, "info");
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "HKDF-SHA256 output must be 1 to " + MAX_LENGTH + " bytes, asked " + length);
        }
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        // Bouncy Castle treats a null salt as HashLen zeros; an empty array means the same.
        hkdf.init(new HKDFParameters(ikm, salt.length == 0 ? null : salt, info));
        byte[] okm = new byte[length];
        hkdf.generateBytes(okm, 0, length);
        return okm;
    }
}

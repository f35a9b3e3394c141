package app.pli.core.crypto;

import java.util.Objects;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * SHA-256 (FIPS 180-4), used for fingerprints and transcript hashes.
 *
 * <p>{@link #hash} hashes the plain concatenation of its parts: the boundaries between parts
 * are not encoded, so a caller hashing variable-length parts must length-prefix them.
 */
public final class Sha256 {
    /** Length of a digest. */
    public static final int BYTES = 32;

    private Sha256() {}

    /** The 32-byte SHA-256 digest of the concatenation of {@code parts}. */
    public static byte[] hash(byte[]... parts) {
        Objects.requireNonNull(parts, "parts");
        SHA256Digest digest = new SHA256Digest();
        for (byte[] part : parts) {
            Objects.requireNonNull(part, "part");
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[BYTES];
        digest.doFinal(out, 0);
        return out;
    }
}

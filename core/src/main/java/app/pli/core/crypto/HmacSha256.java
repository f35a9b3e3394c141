package app.pli.core.crypto;

import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * HMAC-SHA256 (RFC 2104), for chain-key steps and message authentication.
 *
 * <p>{@link #verify} compares in constant time and accepts a tag truncated to its leftmost
 * {@value #MIN_TAG_BYTES} to {@value #BYTES} bytes (RFC 2104 section 5); a shorter tag never
 * verifies. Product code should use full 32-byte tags; truncation exists for interoperability
 * and the test vectors.
 */
public final class HmacSha256 {
    /** Length of a full tag. */
    public static final int BYTES = 32;
    /** Shortest truncated tag {@link #verify} accepts. */
    public static final int MIN_TAG_BYTES = 16;

    private HmacSha256() {}

    /** The 32-byte HMAC-SHA256 of {@code data} under {@code key} (a key of any length). */
    public static byte[] mac(byte[] key, byte[] data) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
        HMac hmac = new HMac(new SHA256Digest());
        hmac.init(new KeyParameter(key));
        hmac.update(data, 0, data.length);
        byte[] out = new byte[BYTES];
        hmac.doFinal(out, 0);
        return out;
    }

    /**
     * Whether {@code tag} is the HMAC of {@code data} under {@code key}, or its leftmost
     * {@code tag.length} bytes when 16 &lt;= tag.length &lt; 32. Constant time in the tag's content.
     */
    public static boolean verify(byte[] key, byte[] data, byte[] tag) {
        Objects.requireNonNull(tag, "tag");
        if (tag.length < MIN_TAG_BYTES || tag.length > BYTES) {
            return false;
        }
        byte[] expected = Arrays.copyOf(mac(key, data), tag.length);
        return ConstantTime.equals(expected, tag);
    }
}

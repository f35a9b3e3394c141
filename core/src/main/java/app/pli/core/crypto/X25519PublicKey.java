package app.pli.core.crypto;

import java.util.Arrays;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * An X25519 public key: the raw 32-byte u-coordinate of RFC 7748.
 *
 * <p>Immutable. Any 32 bytes are accepted, as RFC 7748 requires; a low-order key is caught
 * later, when {@link X25519#agree} finds the all-zero shared secret. Equality is by value;
 * {@code toString} shows a short hex prefix.
 */
public final class X25519PublicKey {
    /** Length of an encoded key. */
    public static final int BYTES = 32;

    private final byte[] bytes;

    private X25519PublicKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The key encoded as {@code bytes}; throws if they are not 32 bytes long. */
    public static X25519PublicKey of(byte[] bytes) throws CryptoException {
        return new X25519PublicKey(KeyBytes.copyOfLength(bytes, BYTES, "X25519 public key"));
    }

    /** A copy of the 32-byte encoding. */
    public byte[] bytes() {
        return bytes.clone();
    }

    X25519PublicKeyParameters parameters() {
        return new X25519PublicKeyParameters(bytes, 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof X25519PublicKey other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return KeyBytes.publicToString("X25519PublicKey", bytes);
    }
}

package app.pli.core.crypto;

import app.pli.core.memo.BoundedMemo;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * An Ed25519 public (verification) key: the 32-byte encoding of RFC 8032.
 *
 * <p>Immutable, and always a point on the curve: {@link #of} refuses an encoding that does
 * not decode. Equality is by value; {@code toString} shows a short hex prefix. Keys decoded
 * lately are remembered (decoding a point costs a square root; contacts' keys are read on
 * every round).
 */
public final class Ed25519PublicKey {
    /** Length of an encoded key. */
    public static final int BYTES = 32;

    private static final BoundedMemo<ByteBuffer, Ed25519PublicKey> DECODED = new BoundedMemo<>(16_384);

    private final byte[] bytes;
    private final Ed25519PublicKeyParameters parameters;

    private Ed25519PublicKey(byte[] bytes, Ed25519PublicKeyParameters parameters) {
        this.bytes = bytes;
        this.parameters = parameters;
    }

    /** The key encoded as {@code bytes}; throws if they are not 32 bytes or not a curve point. */
    public static Ed25519PublicKey of(byte[] bytes) throws CryptoException {
        byte[] copy = KeyBytes.copyOfLength(bytes, BYTES, "Ed25519 public key");
        return DECODED.computeIfAbsent(ByteBuffer.wrap(copy), () -> {
            try {
                return new Ed25519PublicKey(copy, new Ed25519PublicKeyParameters(copy, 0));
            } catch (IllegalArgumentException e) {
                throw new CryptoException("Ed25519 public key is not a valid curve point", e);
            }
        });
    }

    /** A copy of the 32-byte encoding. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The decoded key; Bouncy Castle's parameters are immutable once built. */
    Ed25519PublicKeyParameters parameters() {
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ed25519PublicKey other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return KeyBytes.publicToString("Ed25519PublicKey", bytes);
    }
}

package app.pli.core.crypto;

import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/**
 * An X25519 private key: 32 raw bytes, clamped by X25519 itself when used (RFC 7748).
 *
 * <p>Immutable; its public key is computed once, and remembered for the keys seen lately
 * (found by a labelled SHA-256 of the key, never the key itself), since stored keys are
 * opened again on every round. {@code toString} never shows key bytes.
 * {@link #equals} compares the bytes in constant time; {@link #hashCode} is that of the
 * public key, so it reveals nothing the public key does not.
 */
public final class X25519PrivateKey {
    /** Length of an encoded key. */
    public static final int BYTES = 32;

    private static final DerivedPublicKeys<X25519PublicKey> PUBLIC_KEYS =
            new DerivedPublicKeys<>("pli/v1/memo/x25519-public-key");

    private final byte[] bytes;
    private final X25519PublicKey publicKey;

    private X25519PrivateKey(byte[] bytes) throws CryptoException {
        this.bytes = bytes;
        this.publicKey = PUBLIC_KEYS.of(bytes,
                () -> X25519PublicKey.of(parameters().generatePublicKey().getEncoded()));
    }

    /** The key encoded as {@code bytes}; throws if they are not 32 bytes long. */
    public static X25519PrivateKey of(byte[] bytes) throws CryptoException {
        return new X25519PrivateKey(KeyBytes.copyOfLength(bytes, BYTES, "X25519 private key"));
    }

    /** The matching public key. */
    public X25519PublicKey publicKey() {
        return publicKey;
    }

    /** A copy of the 32 secret bytes, for storing the key encrypted; wipe it after use. */
    public byte[] bytes() {
        return bytes.clone();
    }

    X25519PrivateKeyParameters parameters() {
        return new X25519PrivateKeyParameters(bytes, 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof X25519PrivateKey other && ConstantTime.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return publicKey.hashCode();
    }

    @Override
    public String toString() {
        return KeyBytes.redacted("X25519PrivateKey");
    }
}

package app.pli.core.crypto;

/**
 * A 256-bit secret key for the AEADs (and for anything else that wants 32 secret bytes).
 *
 * <p>Immutable. {@code toString} never shows key bytes. {@link #equals} compares the bytes in
 * constant time; {@link #hashCode} is a constant, so it reveals nothing about the key (do not
 * use keys as hash-map keys).
 */
public final class SymmetricKey {
    /** Length of a key. */
    public static final int BYTES = 32;

    private static final int CONSTANT_HASH = 0x5EC2E7;

    private final byte[] bytes;

    private SymmetricKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The key {@code bytes}; throws if they are not 32 bytes long. */
    public static SymmetricKey of(byte[] bytes) throws CryptoException {
        return new SymmetricKey(KeyBytes.copyOfLength(bytes, BYTES, "symmetric key"));
    }

    /** A fresh random key from {@link CryptoRandom}. */
    public static SymmetricKey random() {
        return new SymmetricKey(CryptoRandom.bytes(BYTES));
    }

    /** A copy of the 32 secret bytes, for storing the key encrypted; wipe it after use. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The key itself, without a copy, for this package's ciphers (which do not keep it). */
    byte[] secret() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymmetricKey other && ConstantTime.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return CONSTANT_HASH;
    }

    @Override
    public String toString() {
        return KeyBytes.redacted("SymmetricKey");
    }
}

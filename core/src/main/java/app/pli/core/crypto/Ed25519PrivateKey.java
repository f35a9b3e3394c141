package app.pli.core.crypto;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * An Ed25519 private (signing) key: the 32-byte seed of RFC 8032.
 *
 * <p>Immutable; its public key is computed once, and remembered for the seeds seen lately
 * (found by a labelled SHA-256 of the seed, never the seed itself), since stored keys are
 * opened again on every round. {@code toString} never shows key bytes.
 * {@link #equals} compares the seeds in constant time; {@link #hashCode} is that of the
 * public key, so it reveals nothing the public key does not.
 */
public final class Ed25519PrivateKey {
    /** Length of an encoded key (the seed). */
    public static final int BYTES = 32;

    private static final DerivedPublicKeys<Ed25519PublicKey> PUBLIC_KEYS =
            new DerivedPublicKeys<>("pli/v1/memo/ed25519-public-key");

    private final byte[] seed;
    private final Ed25519PublicKey publicKey;

    private Ed25519PrivateKey(byte[] seed) throws CryptoException {
        this.seed = seed;
        this.publicKey = PUBLIC_KEYS.of(seed,
                () -> Ed25519PublicKey.of(parameters().generatePublicKey().getEncoded()));
    }

    /** The key whose seed is {@code seed}; throws if it is not 32 bytes long. */
    public static Ed25519PrivateKey of(byte[] seed) throws CryptoException {
        return new Ed25519PrivateKey(KeyBytes.copyOfLength(seed, BYTES, "Ed25519 private key"));
    }

    /** The matching public key. */
    public Ed25519PublicKey publicKey() {
        return publicKey;
    }

    /** A copy of the 32-byte seed, for storing the key encrypted; wipe it after use. */
    public byte[] bytes() {
        return seed.clone();
    }

    Ed25519PrivateKeyParameters parameters() {
        return new Ed25519PrivateKeyParameters(seed, 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ed25519PrivateKey other && ConstantTime.equals(seed, other.seed);
    }

    @Override
    public int hashCode() {
        return publicKey.hashCode();
    }

    @Override
    public String toString() {
        return KeyBytes.redacted("Ed25519PrivateKey");
    }
}

package app.pli.core.crypto;

import java.util.Objects;

/**
 * An Ed25519 private key with its public key.
 *
 * <p>Invariant: {@code publicKey} is the public key of {@code privateKey}. The generated
 * {@code toString} is safe because the private key prints as redacted.
 */
public record Ed25519KeyPair(Ed25519PrivateKey privateKey, Ed25519PublicKey publicKey) {
    public Ed25519KeyPair {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        if (!privateKey.publicKey().equals(publicKey)) {
            throw new IllegalArgumentException("Ed25519 public key does not match the private key");
        }
    }

    /** The pair for {@code privateKey}. */
    public static Ed25519KeyPair of(Ed25519PrivateKey privateKey) {
        return new Ed25519KeyPair(privateKey, privateKey.publicKey());
    }
}

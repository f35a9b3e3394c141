package app.pli.core.crypto;

import java.util.Objects;

/**
 * An X25519 private key with its public key.
 *
 * <p>Invariant: {@code publicKey} is the public key of {@code privateKey}. The generated
 * {@code toString} is safe because the private key prints as redacted.
 */
public record X25519KeyPair(X25519PrivateKey privateKey, X25519PublicKey publicKey) {
    public X25519KeyPair {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        if (!privateKey.publicKey().equals(publicKey)) {
            throw new IllegalArgumentException("X25519 public key does not match the private key");
        }
    }

    /** The pair for {@code privateKey}. */
    public static X25519KeyPair of(X25519PrivateKey privateKey) {
        return new X25519KeyPair(privateKey, privateKey.publicKey());
    }
}

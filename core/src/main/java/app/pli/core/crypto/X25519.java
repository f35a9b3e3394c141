package app.pli.core.crypto;

import java.util.Objects;
import org.bouncycastle.crypto.agreement.X25519Agreement;

/**
 * X25519 Diffie-Hellman (RFC 7748).
 *
 * <p>{@link #agree} refuses the all-zero shared secret (RFC 7748 section 6.1), which a
 * low-order or otherwise malicious public key produces, so a peer cannot force a known key.
 */
public final class X25519 {
    private X25519() {}

    /** A fresh key pair from {@link CryptoRandom}. */
    public static X25519KeyPair generateKeyPair() {
        try {
            return X25519KeyPair.of(X25519PrivateKey.of(CryptoRandom.bytes(X25519PrivateKey.BYTES)));
        } catch (CryptoException e) {
            throw new IllegalStateException("32 random bytes were refused as an X25519 key", e);
        }
    }

    /**
     * The raw 32-byte shared secret of {@code ours} and {@code theirs}. Feed it to a KDF;
     * never use it as a key directly.
     *
     * @throws CryptoException when the result is all zeros (a low-order public key)
     */
    public static byte[] agree(X25519PrivateKey ours, X25519PublicKey theirs) throws CryptoException {
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
        X25519Agreement agreement = new X25519Agreement();
        agreement.init(ours.parameters());
        byte[] shared = new byte[agreement.getAgreementSize()];
        try {
            agreement.calculateAgreement(theirs.parameters(), shared, 0);
        } catch (IllegalStateException e) {
            // Bouncy Castle signals the all-zero output this way (and only this way).
            throw new CryptoException("X25519 produced the all-zero shared secret (low-order public key)", e);
        }
        return shared;
    }
}

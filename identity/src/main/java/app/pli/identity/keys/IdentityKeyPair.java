package app.pli.identity.keys;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import java.util.Objects;

/**
 * A whole identity: the Ed25519 signing pair, the X25519 agreement pair, and the public
 * keys with their binding signature.
 *
 * <p>Invariant: {@link #publicKeys()} matches both private keys. {@code toString} never
 * shows a private key.
 */
public final class IdentityKeyPair {
    private final Ed25519KeyPair signing;
    private final X25519KeyPair agreement;
    private final IdentityPublicKeys publicKeys;

    private IdentityKeyPair(Ed25519KeyPair signing, X25519KeyPair agreement, IdentityPublicKeys publicKeys) {
        this.signing = signing;
        this.agreement = agreement;
        this.publicKeys = publicKeys;
    }

    /** A fresh identity from the system's secure random source. */
    public static IdentityKeyPair generate() {
        try {
            return of(Ed25519.generateKeyPair(), X25519.generateKeyPair());
        } catch (CryptoException e) {
            throw new IllegalStateException("a freshly generated identity failed its own binding check", e);
        }
    }

    /** Rebuilds an identity from stored key pairs, signing the agreement key anew. */
    public static IdentityKeyPair of(Ed25519KeyPair signing, X25519KeyPair agreement) throws CryptoException {
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(agreement, "agreement");
        byte[] binding = Ed25519.sign(signing.privateKey(), IdentityPublicKeys.bindingMessage(agreement.publicKey()));
        return new IdentityKeyPair(signing, agreement,
                IdentityPublicKeys.of(signing.publicKey(), agreement.publicKey(), binding));
    }

    public Ed25519KeyPair signing() {
        return signing;
    }

    public X25519KeyPair agreement() {
        return agreement;
    }

    public IdentityPublicKeys publicKeys() {
        return publicKeys;
    }

    @Override
    public String toString() {
        return "IdentityKeyPair[" + publicKeys.fingerprint().grouped() + ", private keys redacted]";
    }
}

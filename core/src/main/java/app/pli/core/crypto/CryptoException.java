package app.pli.core.crypto;

import app.pli.core.error.PliException;

/**
 * A cryptographic operation could not be carried out: a key, nonce or salt of the wrong
 * length, a public key that does not decode, or an X25519 agreement that yields the
 * all-zero secret.
 *
 * <p>Invariant: the message names the problem (for example "X25519 public key must be 32
 * bytes") and never contains key material, plaintext or a passphrase.
 */
public class CryptoException extends PliException {
    private static final long serialVersionUID = 1L;

    public CryptoException(String message) {
        super(message);
    }

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}

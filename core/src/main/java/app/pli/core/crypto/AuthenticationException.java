package app.pli.core.crypto;

/**
 * Data failed authentication: an AEAD tag, a MAC or a signature did not verify.
 *
 * <p>Callers must treat the input as forged or corrupted and discard it; nothing decrypted
 * from it is ever returned. The message says which check failed and nothing more.
 */
public class AuthenticationException extends CryptoException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }
}

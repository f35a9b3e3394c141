package app.pli.core.vault;

import app.pli.core.error.PliException;

/**
 * The passphrase does not unlock the profile's storage key.
 *
 * <p>The wrapped key is authenticated, so a passphrase that is wrong and a wrapped key that
 * was altered on disk fail the same way and cannot be told apart; either way nothing is
 * decrypted and nothing on disk changes.
 */
public final class WrongPassphraseException extends PliException {
    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(String profile) {
        super("wrong passphrase for profile " + profile);
    }
}

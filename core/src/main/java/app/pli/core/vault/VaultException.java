package app.pli.core.vault;

import app.pli.core.error.PliException;
import java.util.Objects;

/**
 * The storage key of a profile could not be created or unlocked, for a reason other than a
 * wrong passphrase (which is {@link WrongPassphraseException}).
 *
 * <p>Invariant: the message is one line naming the profile or file and what to do; it never
 * holds key bytes or the passphrase. {@link Reason} lets callers and tests tell the cases
 * apart without parsing the message.
 */
public final class VaultException extends PliException {
    private static final long serialVersionUID = 1L;

    /** Why the vault failed. */
    public enum Reason {
        /** The database holds no vault: the profile was never initialised. */
        NO_VAULT,
        /** The database already holds a vault, or the key file already exists. */
        ALREADY_CREATED,
        /** The vault is protected by a passphrase and none was given. */
        PASSPHRASE_REQUIRED,
        /** An empty passphrase was offered for a new vault. */
        EMPTY_PASSPHRASE,
        /** The unattended key file does not exist. */
        KEY_FILE_MISSING,
        /** The key file grants access to other users. */
        KEY_FILE_EXPOSED,
        /** The key file holds another profile's key. */
        KEY_FILE_MISMATCH,
        /** The key file could not be written or read (permissions, file system). */
        KEY_FILE_IO,
        /** The vault was written by a newer Pli. */
        NEWER_FORMAT,
        /** The vault row or the key file is not in the expected shape. */
        DAMAGED
    }

    private final Reason reason;

    public VaultException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public VaultException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}

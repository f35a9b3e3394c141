package app.pli.messenger.api;

import app.pli.core.error.PliException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Creates and opens profiles. A profile lives in one home directory: its encrypted store
 * {@code pli.db} and, for an unattended profile only, the key file {@code storage.key}.
 */
public interface Profiles {
    /** The name of a profile's store in its home directory. */
    String STORE_FILE = "pli.db";

    /**
     * Creates a profile in home (creating the directory, mode 0700, if missing). Refuses an
     * existing profile and then changes nothing. relay: an address token or empty.
     */
    ProfileInfo init(Path home, String displayName, Optional<String> relay, Unlock unlock) throws PliException;

    /** Whether opening home needs a passphrase (false for an unattended profile); error if no profile. */
    boolean needsPassphrase(Path home) throws PliException;

    /** Opens the profile; wrong passphrase -> PliException "wrong passphrase for profile DIR". */
    Messenger open(Path home, Unlock unlock) throws PliException;

    /**
     * Destroys the profile in home for good, without its passphrase: first every copy of its
     * storage key (key file and vault, overwritten), so what remains on disk is ciphertext no
     * one can open, then its files. A daemon of the profile notices and stops. Error if no
     * profile is there.
     */
    void wipe(Path home) throws PliException;
}

package app.pli.messenger.api;

import java.util.Objects;

/**
 * How a profile's storage key is unlocked: with a passphrase (wrapped by Argon2id), or
 * unattended, from a key file of mode 0600 in the profile's home directory.
 */
public sealed interface Unlock permits Unlock.Passphrase, Unlock.Unattended {

    /**
     * Unlock with a passphrase. The record holds the caller's array, not a copy: the caller
     * may wipe it after the call that used it returned.
     */
    record Passphrase(char[] chars) implements Unlock {
        public Passphrase {
            Objects.requireNonNull(chars, "chars");
        }

        @Override
        public String toString() {
            return "Passphrase[***]";
        }
    }

    /** Unlock with the key file of mode 0600 kept in the home directory. */
    record Unattended() implements Unlock {}

    static Unlock passphrase(char[] chars) {
        return new Passphrase(chars);
    }

    static Unlock unattended() {
        return new Unattended();
    }
}

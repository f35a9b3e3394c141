package app.pli.core.vault;

import java.util.Optional;

/**
 * How a profile's storage key is protected at rest, as recorded in the vault table.
 *
 * <p>The stored name of each constant is part of the on-disk format and never changes.
 */
public enum VaultProtection {
    /** Wrapped under a key derived with Argon2id from the passphrase. */
    PASSPHRASE("passphrase"),
    /** Unattended: the raw key sits in a separate owner-only (0600) key file. */
    KEY_FILE("key-file");

    private final String storedName;

    VaultProtection(String storedName) {
        this.storedName = storedName;
    }

    /** The name written to the vault table. */
    String storedName() {
        return storedName;
    }

    /** The protection stored as {@code name}, or empty if the name is unknown. */
    static Optional<VaultProtection> fromStoredName(String name) {
        for (VaultProtection protection : values()) {
            if (protection.storedName.equals(name)) {
                return Optional.of(protection);
            }
        }
        return Optional.empty();
    }
}

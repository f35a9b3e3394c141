package app.pli.core.vault;

import app.pli.core.crypto.Argon2Params;
import java.util.Objects;

/**
 * The one row of the vault table, in one of its two shapes. Values are validated when the
 * row is read back ({@link VaultTable#load}); the records only check that nothing is null.
 */
sealed interface VaultRecord permits VaultRecord.PassphraseSlot, VaultRecord.KeyFileSlot {

    /** The protection this shape stands for. */
    VaultProtection protection();

    /**
     * The storage key wrapped under {@code Argon2id(passphrase, salt, params)}.
     *
     * @param wrappedKey {@code nonce || ciphertext || tag} of XChaCha20-Poly1305
     */
    record PassphraseSlot(Argon2Params params, byte[] salt, byte[] wrappedKey) implements VaultRecord {
        public PassphraseSlot {
            Objects.requireNonNull(params, "params");
            salt = Objects.requireNonNull(salt, "salt").clone();
            wrappedKey = Objects.requireNonNull(wrappedKey, "wrappedKey").clone();
        }

        @Override
        public byte[] salt() {
            return salt.clone();
        }

        @Override
        public byte[] wrappedKey() {
            return wrappedKey.clone();
        }

        @Override
        public VaultProtection protection() {
            return VaultProtection.PASSPHRASE;
        }
    }

    /**
     * The storage key lives in a key file; the row keeps only a value sealed under that key,
     * which proves a key file belongs to this profile without revealing the key.
     */
    record KeyFileSlot(byte[] keyCheck) implements VaultRecord {
        public KeyFileSlot {
            keyCheck = Objects.requireNonNull(keyCheck, "keyCheck").clone();
        }

        @Override
        public byte[] keyCheck() {
            return keyCheck.clone();
        }

        @Override
        public VaultProtection protection() {
            return VaultProtection.KEY_FILE;
        }
    }
}

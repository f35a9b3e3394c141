package app.pli.core.vault;

import app.pli.core.crypto.Argon2Params;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.db.Database;
import app.pli.core.db.SchemaOwner;
import app.pli.core.error.PliException;
import app.pli.core.vault.VaultRecord.KeyFileSlot;
import app.pli.core.vault.VaultRecord.PassphraseSlot;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The storage key of a profile: a random 256-bit key under which {@link ColumnCipher}
 * encrypts every secret column, created once and unlocked each time the profile opens.
 *
 * <p>With a passphrase, the key is stored in the {@code vault} table wrapped under
 * Argon2id(passphrase) (see {@link PassphraseWrap}); unattended, it is stored raw in a
 * separate owner-only key file and the table records only that mode and a check value.
 * Invariants: the database never holds the storage key or the passphrase in the clear;
 * {@link #unlock} only reads, so a failed unlock changes nothing on disk; a vault is
 * created at most once per database. The {@link Passphrase} stays owned by the caller,
 * who closes it.
 */
public final class Vault {
    /** The owner of the {@code vault} table; open the profile's database with it. */
    public static final SchemaOwner SCHEMA = new VaultTable();

    private Vault() {}

    /** {@link #create(Database, Passphrase, Path, Argon2Params)} with {@link Argon2Params#DEFAULT}. */
    public static SymmetricKey create(Database db, Passphrase passphrase, Path keyFile) throws PliException {
        return create(db, passphrase, keyFile, Argon2Params.DEFAULT);
    }

    /**
     * Draws a new storage key and stores it protected.
     *
     * @param passphrase the passphrase to wrap the key under, or {@code null} for the
     *     unattended mode, which writes the raw key to {@code keyFile}
     * @param keyFile where the unattended mode keeps the key (ignored with a passphrase);
     *     it must not exist yet
     * @param params the Argon2id cost, {@link Argon2Params#DEFAULT} outside tests
     * @return the new storage key
     * @throws VaultException if the profile already has a vault or a key file, the
     *     passphrase is empty, or the key file cannot be written (nothing is left behind)
     * @throws IllegalArgumentException if {@code params} exceed what unlock accepts
     */
    public static SymmetricKey create(Database db, Passphrase passphrase, Path keyFile, Argon2Params params)
            throws PliException {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(params, "params");
        if (!PassphraseWrap.withinBounds(params)) {
            throw new IllegalArgumentException("Argon2id parameters above what unlock accepts: " + params);
        }
        if (passphrase == null) {
            Objects.requireNonNull(keyFile, "keyFile");
        } else if (passphrase.isEmpty()) {
            throw new VaultException(VaultException.Reason.EMPTY_PASSPHRASE,
                    "an empty passphrase protects nothing; choose one, or create the profile unattended");
        }
        SymmetricKey storageKey = SymmetricKey.random();
        VaultRecord row = passphrase == null
                ? new KeyFileSlot(KeyFile.checkValue(storageKey))
                : PassphraseWrap.wrap(storageKey, passphrase, params);
        store(db, row, storageKey, keyFile);
        return storageKey;
    }

    /**
     * The storage key of the profile in {@code db}.
     *
     * @param passphrase the passphrase, needed when the vault has one (ignored otherwise)
     * @param keyFile the key file, needed in the unattended mode (ignored otherwise)
     * @throws WrongPassphraseException if the passphrase is wrong (or the wrapped key altered)
     * @throws VaultException if there is no vault, a needed passphrase or key file is
     *     missing, the key file is another profile's or accessible by others, or the vault
     *     is damaged
     */
    public static SymmetricKey unlock(Database db, Passphrase passphrase, Path keyFile) throws PliException {
        String profile = profileName(db);
        VaultRecord row = db.read(connection -> VaultTable.load(connection, profile)).orElseThrow(
                () -> new VaultException(VaultException.Reason.NO_VAULT, "profile " + profile + " has no key vault"));
        if (row instanceof PassphraseSlot slot) {
            if (passphrase == null) {
                throw new VaultException(VaultException.Reason.PASSPHRASE_REQUIRED,
                        "profile " + profile + " is protected by a passphrase and none was given");
            }
            return PassphraseWrap.unwrap(slot, passphrase, profile);
        }
        KeyFileSlot slot = (KeyFileSlot) row;
        Objects.requireNonNull(keyFile, "keyFile");
        SymmetricKey key = KeyFile.read(keyFile, profile);
        if (!KeyFile.belongs(key, slot.keyCheck())) {
            throw new VaultException(VaultException.Reason.KEY_FILE_MISMATCH,
                    "key file " + keyFile + " does not belong to profile " + profile);
        }
        return key;
    }

    /**
     * Destroys every copy of the storage key the vault keeps, without needing it: the key file
     * (overwritten with random bytes, forced to disk, deleted) and the vault row's wrapped key,
     * check value and salt (overwritten, then checkpointed into the database file). After this
     * neither passphrase nor file opens the store; what it holds is ciphertext for good.
     *
     * @return whether the checkpoint completed (a reader elsewhere can hold it back; the row
     *     is overwritten either way)
     */
    public static boolean destroyKey(Database db, Path keyFile) throws PliException {
        KeyFile.shred(keyFile);
        db.write(connection -> {
            VaultTable.overwriteKeyMaterial(connection);
            return null;
        });
        return db.checkpoint();
    }

    /** Destroys the key file alone (overwritten, forced to disk, deleted), for a store that cannot be opened. */
    public static void destroyKeyFile(Path keyFile) throws PliException {
        KeyFile.shred(keyFile);
    }

    /** How the profile's key is protected, or empty if the database has no vault yet. */
    public static Optional<VaultProtection> protection(Database db) throws PliException {
        String profile = profileName(db);
        return db.read(connection -> VaultTable.load(connection, profile)).map(VaultRecord::protection);
    }

    private static void store(Database db, VaultRecord row, SymmetricKey storageKey, Path keyFile)
            throws PliException {
        String profile = profileName(db);
        AtomicBoolean wroteKeyFile = new AtomicBoolean();
        try {
            db.write(connection -> {
                if (VaultTable.exists(connection)) {
                    throw new VaultException(VaultException.Reason.ALREADY_CREATED,
                            "profile " + profile + " already has a key vault; refusing to replace it");
                }
                if (row instanceof KeyFileSlot) {
                    KeyFile.create(keyFile, storageKey);
                    wroteKeyFile.set(true);
                }
                VaultTable.insert(connection, row);
                return null;
            });
        } catch (PliException | RuntimeException | Error e) {
            if (wroteKeyFile.get()) {
                KeyFile.deleteAfterFailure(keyFile, e);
            }
            throw e;
        }
    }

    /** The profile as named in messages: the folder that holds its database. */
    private static String profileName(Database db) {
        Path absolute = db.file().toAbsolutePath();
        Path folder = absolute.getParent();
        return (folder == null ? absolute : folder).toString();
    }
}

package app.pli.core.vault;

import app.pli.core.crypto.Argon2Params;
import app.pli.core.crypto.Argon2id;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.XChaCha20Poly1305;
import app.pli.core.db.Migration;
import app.pli.core.db.SchemaOwner;
import app.pli.core.vault.VaultRecord.KeyFileSlot;
import app.pli.core.vault.VaultRecord.PassphraseSlot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

/**
 * The {@code vault} table: at most one row holding how the storage key is protected. It
 * never holds the storage key or the passphrase in the clear.
 *
 * <p>Everything read back is validated before use: a row altered on disk yields a
 * {@link VaultException} (or, for an altered wrapped key, a failed authentication), never
 * an oversized allocation. Blobs are read through {@code substr} so that even a huge forged
 * blob is not loaded.
 */
final class VaultTable implements SchemaOwner {
    static final int FORMAT = 1;

    private static final int KEY_CHECK_BYTES = XChaCha20Poly1305.OVERHEAD;
    private static final int WRAPPED_KEY_BYTES = SymmetricKey.BYTES + XChaCha20Poly1305.OVERHEAD;
    /** Longest blob fetched; every valid blob is shorter, a longer one is damage. */
    private static final int BLOB_READ_LIMIT = 128;

    private static final String CREATE_TABLE = """
            CREATE TABLE vault (
              id INTEGER PRIMARY KEY CHECK (id = 1),
              format INTEGER NOT NULL,
              protection TEXT NOT NULL,
              kdf_memory_kib INTEGER,
              kdf_iterations INTEGER,
              kdf_parallelism INTEGER,
              kdf_salt BLOB,
              wrapped_key BLOB,
              key_check BLOB
            )""";

    private static final String SELECT_ROW = """
            SELECT format, protection, kdf_memory_kib, kdf_iterations, kdf_parallelism,
                   length(kdf_salt), substr(kdf_salt, 1, %1$d),
                   length(wrapped_key), substr(wrapped_key, 1, %1$d),
                   length(key_check), substr(key_check, 1, %1$d)
            FROM vault WHERE id = 1""".formatted(BLOB_READ_LIMIT);

    @Override
    public String module() {
        return "vault";
    }

    @Override
    public List<Migration> migrations() {
        return List.of(new Migration(1, "create the vault table", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATE_TABLE);
            }
        }));
    }

    static boolean exists(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM vault WHERE id = 1")) {
            return rows.next();
        }
    }

    /**
     * Overwrites the wrapped key, its check value and its salt with random bytes of the same
     * lengths, with {@code secure_delete} on so SQLite zeroes what it frees: nothing in the
     * vault row can open the store any more.
     */
    static void overwriteKeyMaterial(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA secure_delete = ON");
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT length(kdf_salt), length(wrapped_key), length(key_check) FROM vault WHERE id = 1");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE vault SET kdf_salt = ?, wrapped_key = ?, key_check = ? WHERE id = 1")) {
            if (!rows.next()) {
                return;
            }
            for (int column = 1; column <= 3; column++) {
                int length = rows.getInt(column);
                if (rows.wasNull()) {
                    update.setNull(column, Types.BLOB);
                } else {
                    update.setBytes(column, CryptoRandom.bytes(Math.min(length, BLOB_READ_LIMIT)));
                }
            }
            update.executeUpdate();
        }
    }

    static void insert(Connection connection, VaultRecord row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO vault (id, format, protection,"
                + " kdf_memory_kib, kdf_iterations, kdf_parallelism, kdf_salt, wrapped_key, key_check)"
                + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, FORMAT);
            insert.setString(2, row.protection().storedName());
            if (row instanceof PassphraseSlot slot) {
                insert.setInt(3, slot.params().memoryKiB());
                insert.setInt(4, slot.params().iterations());
                insert.setInt(5, slot.params().parallelism());
                insert.setBytes(6, slot.salt());
                insert.setBytes(7, slot.wrappedKey());
                insert.setNull(8, Types.BLOB);
            } else if (row instanceof KeyFileSlot slot) {
                for (int column = 3; column <= 7; column++) {
                    insert.setNull(column, column <= 5 ? Types.INTEGER : Types.BLOB);
                }
                insert.setBytes(8, slot.keyCheck());
            }
            insert.executeUpdate();
        }
    }

    /**
     * The validated row, or empty if the profile has no vault.
     *
     * @throws VaultException if the row is newer than this build or damaged
     */
    static Optional<VaultRecord> load(Connection connection, String profile) throws SQLException, VaultException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(SELECT_ROW)) {
            if (!row.next()) {
                return Optional.empty();
            }
            RowReader reader = new RowReader(row, profile);
            long format = reader.requiredInteger(1, "format");
            if (format > FORMAT) {
                throw new VaultException(VaultException.Reason.NEWER_FORMAT, "the key vault of profile " + profile
                        + " has format " + format + ", newer than this Pli knows (" + FORMAT + ")");
            }
            if (format != FORMAT) {
                throw reader.damaged("format");
            }
            String protection = row.getString(2);
            return Optional.of(switch (VaultProtection.fromStoredName(protection).orElseThrow(
                    () -> reader.damaged("protection"))) {
                case PASSPHRASE -> new PassphraseSlot(readParams(reader),
                        reader.blob(6, Argon2id.SALT_BYTES, "salt"), reader.blob(8, WRAPPED_KEY_BYTES, "wrapped key"));
                case KEY_FILE -> new KeyFileSlot(reader.blob(10, KEY_CHECK_BYTES, "key check"));
            });
        }
    }

    private static Argon2Params readParams(RowReader reader) throws SQLException, VaultException {
        long memory = reader.requiredInteger(3, "Argon2id memory");
        long iterations = reader.requiredInteger(4, "Argon2id passes");
        long parallelism = reader.requiredInteger(5, "Argon2id lanes");
        if (memory > PassphraseWrap.MAX_MEMORY_KIB || iterations > PassphraseWrap.MAX_ITERATIONS
                || parallelism > Argon2Params.MAX_PARALLELISM) {
            throw reader.damaged("Argon2id parameters out of bounds");
        }
        try {
            // Below the production floor is accepted on purpose: the parameters are bound into
            // the wrapped key's authentication, so lowered values only fail to unlock, and tests
            // create vaults with cheap parameters. Only the upper bounds protect this process.
            return Argon2Params.forTestsOnly((int) memory, (int) iterations, (int) parallelism);
        } catch (IllegalArgumentException e) {
            throw reader.damaged("Argon2id parameters out of bounds");
        }
    }

    /** Reads typed columns of the vault row and reports damage in one line. */
    private record RowReader(ResultSet row, String profile) {
        long requiredInteger(int column, String what) throws SQLException, VaultException {
            long value = row.getLong(column);
            if (row.wasNull() || value < 0) {
                throw damaged(what);
            }
            return value;
        }

        byte[] blob(int lengthColumn, int expectedLength, String what) throws SQLException, VaultException {
            long length = row.getLong(lengthColumn);
            byte[] value = row.getBytes(lengthColumn + 1);
            if (row.wasNull() || length != expectedLength || value == null || value.length != expectedLength) {
                throw damaged(what);
            }
            return value;
        }

        VaultException damaged(String what) {
            return new VaultException(VaultException.Reason.DAMAGED,
                    "the key vault of profile " + profile + " is damaged (" + what + ")");
        }
    }
}

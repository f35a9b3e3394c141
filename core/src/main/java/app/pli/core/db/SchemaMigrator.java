package app.pli.core.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings a database file up to the schema its {@link SchemaOwner}s describe.
 *
 * <p>Order of work, chosen so that a refused file is never written: first a read
 * transaction checks that the file is a Pli database (or empty) and that no module is newer
 * than this build; only then is the journal switched to WAL, {@code schema_version} created,
 * and each missing migration applied in its own immediate transaction together with its
 * version bump. Each migration transaction re-reads the version, so two processes opening
 * the same file at once apply every migration exactly once.
 */
final class SchemaMigrator {
    private static final Pattern MODULE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    /** Pause between two attempts to switch a busy file to WAL. */
    private static final long WAL_RETRY_MILLIS = 20;

    private final List<SchemaOwner> owners;

    /** @throws IllegalArgumentException if the owners break the rules of {@link SchemaOwner} */
    SchemaMigrator(List<SchemaOwner> owners) {
        this.owners = List.copyOf(owners);
        Set<String> modules = new HashSet<>();
        for (SchemaOwner owner : this.owners) {
            String module = Objects.requireNonNull(owner.module(), "module");
            if (!MODULE_NAME.matcher(module).matches()) {
                throw new IllegalArgumentException("invalid module name: " + module);
            }
            if (!modules.add(module)) {
                throw new IllegalArgumentException("two schema owners for module " + module);
            }
            List<Migration> migrations = Objects.requireNonNull(owner.migrations(), "migrations");
            for (int i = 0; i < migrations.size(); i++) {
                if (migrations.get(i).version() != i + 1) {
                    throw new IllegalArgumentException("migrations of " + module
                            + " must be numbered 1.." + migrations.size() + " in order");
                }
            }
        }
    }

    void migrate(Connection c, SqliteErrors errors) throws DatabaseException {
        StoredSchema stored = Transactions.run(c, Transactions.BEGIN_DEFERRED, SchemaMigrator::readStored, errors);
        if (stored.foreign()) {
            throw errors.notAPliDatabase(null);
        }
        for (SchemaOwner owner : owners) {
            rejectNewer(owner, stored.version(owner.module()), errors);
        }
        useWriteAheadLog(c, errors);
        if (!stored.hasVersionTable()) {
            Transactions.run(c, Transactions.BEGIN_IMMEDIATE, conn -> {
                SchemaVersionTable.create(conn);
                return null;
            }, errors);
        }
        for (SchemaOwner owner : owners) {
            for (Migration migration : owner.migrations()) {
                if (migration.version() > stored.version(owner.module())) {
                    apply(c, owner, migration, errors);
                }
            }
        }
    }

    private static StoredSchema readStored(Connection c) throws SQLException {
        if (!SchemaVersionTable.exists(c)) {
            return new StoredSchema(false, SchemaVersionTable.hasAnyTable(c), Map.of());
        }
        return new StoredSchema(true, false, SchemaVersionTable.readAll(c));
    }

    private static void rejectNewer(SchemaOwner owner, int stored, SqliteErrors errors) throws DatabaseException {
        int known = owner.migrations().size();
        if (stored > known) {
            throw errors.newerSchema(owner.module(), stored, known);
        }
    }

    /**
     * Switches the file to WAL. The switch needs the file to itself, and SQLite answers BUSY
     * at once (without its busy handler) while another connection, such as a second process
     * opening a new profile at the same moment, holds it: so BUSY is retried, every
     * {@link #WAL_RETRY_MILLIS} ms, for as long as the busy timeout.
     */
    private static void useWriteAheadLog(Connection c, SqliteErrors errors) throws DatabaseException {
        long deadline = System.nanoTime() + errors.busyTimeout().toNanos();
        while (true) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                String mode = rs.next() ? rs.getString(1) : "unknown";
                if (!"wal".equalsIgnoreCase(mode)) {
                    throw errors.walUnavailable(mode);
                }
                return;
            } catch (SQLException e) {
                if (!SqliteErrors.isBusy(e) || System.nanoTime() - deadline >= 0) {
                    throw errors.translate(e);
                }
            }
            pauseBeforeRetry(errors);
        }
    }

    private static void pauseBeforeRetry(SqliteErrors errors) throws DatabaseException {
        try {
            Thread.sleep(WAL_RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.interrupted();
        }
    }

    private static void apply(Connection c, SchemaOwner owner, Migration migration, SqliteErrors errors)
            throws DatabaseException {
        String module = owner.module();
        Transactions.run(c, Transactions.BEGIN_IMMEDIATE, conn -> {
            // Another process may have migrated (or upgraded) the file since we looked.
            int current = SchemaVersionTable.read(conn, module);
            rejectNewer(owner, current, errors);
            if (current >= migration.version()) {
                return null;
            }
            try {
                migration.step().apply(conn);
            } catch (SQLException e) {
                throw errors.migrationFailed(module, migration, e);
            }
            SchemaVersionTable.write(conn, module, migration.version());
            return null;
        }, errors);
    }

    /**
     * What the file held before this open changed anything; {@code foreign} means tables
     * without {@code schema_version}, a SQLite file that Pli did not create.
     */
    private record StoredSchema(boolean hasVersionTable, boolean foreign, Map<String, Integer> versions) {
        int version(String module) {
            return versions.getOrDefault(module, 0);
        }
    }
}

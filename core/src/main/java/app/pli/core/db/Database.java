package app.pli.core.db;

import app.pli.core.error.PliException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One open SQLite database file, shared by every module of a Pli process; thread-safe.
 *
 * <p>Connections: one read-write connection, used by one {@link #write} at a time (a fair
 * lock queues this process's writers), and a few read-only connections for {@link #read}.
 * The file is in WAL mode, so reads run beside a write and see the last committed state.
 * Writers in other processes are held off by SQLite's lock: a write waits for it up to the
 * busy timeout, then fails with {@link DatabaseException.Reason#BUSY}.
 *
 * <p>Invariants: every write runs in one {@code BEGIN IMMEDIATE} transaction that commits
 * when the work returns and rolls back when it throws; foreign keys are enforced on every
 * connection; a work must not call this database again (it gets an
 * {@link IllegalStateException}), because a nested read would not see the outer write and a
 * nested write would deadlock.
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final SqliteConnector connector;
    private final SqliteErrors errors;
    private final ReaderPool readers;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ThreadLocal<Boolean> insideWork = new ThreadLocal<>();
    private Connection writer; // guarded by writeLock; replaced if a failed rollback closed it
    private volatile boolean closed;

    private Database(Path file, SqliteConnector connector, SqliteErrors errors, Connection writer,
            int readerConnections) {
        this.file = file;
        this.connector = connector;
        this.errors = errors;
        this.writer = writer;
        this.readers = new ReaderPool(connector, readerConnections);
    }

    /** Opens {@code file} with {@link DatabaseOptions#defaults()}; see the other overload. */
    public static Database open(Path file, List<SchemaOwner> owners) throws DatabaseException {
        return open(file, owners, DatabaseOptions.defaults());
    }

    /**
     * Opens (or creates) {@code file} and applies every owner's missing migrations.
     *
     * <p>The file's folder must already exist; it is not created, so a mistyped home folder
     * is reported rather than silently populated. When the open fails because the file is
     * not a Pli database or holds a newer schema, the file is left exactly as it was.
     *
     * @throws DatabaseException if the folder is missing, the file is busy beyond the busy
     *     timeout, not a Pli database, newer than this build, or a migration fails
     * @throws IllegalArgumentException if two owners share a module name or a module's
     *     migrations are not numbered 1 to n
     */
    public static Database open(Path file, List<SchemaOwner> owners, DatabaseOptions options)
            throws DatabaseException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        SchemaMigrator migrator = new SchemaMigrator(Objects.requireNonNull(owners, "owners"));
        SqliteErrors errors = new SqliteErrors(file, options.busyTimeout());
        requireOpenablePath(file, errors);
        SqliteConnector connector = new SqliteConnector(file, options.busyTimeout(), options.writerCacheMib(),
                options.secureDelete());
        Connection writer = openWriter(connector, errors);
        try {
            migrator.migrate(writer, errors);
        } catch (Throwable t) {
            // Whatever stopped the migration, release the file, then rethrow the same object.
            closeAfter(writer, t);
            throw t;
        }
        return new Database(file, connector, errors, writer, options.readerConnections());
    }

    /** The file this database was opened on, as given to {@link #open}. */
    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} in one immediate transaction and commits it.
     *
     * @return what the work returned
     * @throws DatabaseException if SQLite fails (the transaction is rolled back)
     * @throws PliException the work's own exception, unchanged, after the rollback
     * @throws IllegalStateException if the database is closed or this is called from a work
     */
    public <T> T write(SqlWork<T> work) throws PliException {
        Objects.requireNonNull(work, "work");
        enterWork();
        try {
            writeLock.lock();
            try {
                requireOpen();
                return Transactions.run(writerConnection(), Transactions.BEGIN_IMMEDIATE, work::run, errors);
            } finally {
                writeLock.unlock();
            }
        } finally {
            insideWork.remove();
        }
    }

    /**
     * Runs {@code work} in a read transaction on a read-only connection: it sees one
     * consistent snapshot of committed data and cannot change it.
     *
     * @return what the work returned
     * @throws DatabaseException if SQLite fails, including a work that tries to write
     * @throws PliException the work's own exception, unchanged
     * @throws IllegalStateException if the database is closed or this is called from a work
     */
    public <T> T read(SqlWork<T> work) throws PliException {
        Objects.requireNonNull(work, "work");
        enterWork();
        try {
            Connection reader = acquireReader();
            T result;
            try {
                result = Transactions.run(reader, Transactions.BEGIN_DEFERRED, work::run, errors);
            } catch (PliException | RuntimeException | Error e) {
                releaseAfter(reader, e);
                throw e;
            }
            releaseReader(reader);
            return result;
        } finally {
            insideWork.remove();
        }
    }

    /**
     * Copies the write-ahead log into the database file and empties the log ({@code PRAGMA
     * wal_checkpoint(TRUNCATE)}), so that pages rewritten since leave no older copy in the log
     * and overwrite theirs in the file.
     *
     * @return whether the checkpoint completed (another connection reading can hold it back)
     * @throws DatabaseException if SQLite fails
     */
    public boolean checkpoint() throws PliException {
        enterWork();
        try {
            writeLock.lock();
            try {
                requireOpen();
                try (java.sql.Statement statement = writerConnection().createStatement();
                        java.sql.ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    return result.next() && result.getInt(1) == 0;
                } catch (java.sql.SQLException e) {
                    throw errors.translate(e);
                }
            } finally {
                writeLock.unlock();
            }
        } finally {
            insideWork.remove();
        }
    }

    /**
     * Closes every connection; idempotent. A read still running finishes on its connection,
     * which is closed when it returns.
     */
    @Override
    public void close() throws DatabaseException {
        if (Boolean.TRUE.equals(insideWork.get())) {
            throw new IllegalStateException("database " + file + " cannot be closed from inside a work");
        }
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeConnections();
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public String toString() {
        return "Database[" + file + (closed ? ", closed]" : "]");
    }

    private void closeConnections() throws DatabaseException {
        SQLException failure = null;
        try {
            readers.close();
        } catch (SQLException e) {
            failure = e;
        }
        try {
            writer.close();
        } catch (SQLException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw errors.translate(failure);
        }
    }

    private void enterWork() {
        if (Boolean.TRUE.equals(insideWork.get())) {
            throw new IllegalStateException("database " + file
                    + " was called from inside one of its own works; use the work's connection");
        }
        requireOpen();
        insideWork.set(Boolean.TRUE);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("database " + file + " is closed");
        }
    }

    private Connection writerConnection() throws DatabaseException {
        try {
            if (writer.isClosed()) {
                writer = connector.openWriter();
            }
            return writer;
        } catch (SQLException e) {
            throw errors.translate(e);
        }
    }

    private Connection acquireReader() throws DatabaseException {
        try {
            return readers.acquire();
        } catch (SQLException e) {
            throw errors.translate(e);
        }
    }

    private void releaseReader(Connection reader) throws DatabaseException {
        try {
            readers.release(reader);
        } catch (SQLException e) {
            throw errors.translate(e);
        }
    }

    private void releaseAfter(Connection reader, Throwable cause) {
        try {
            readers.release(reader);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void requireOpenablePath(Path file, SqliteErrors errors) throws DatabaseException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw errors.missingFolder(folder == null ? file.toAbsolutePath() : folder);
        }
        if (Files.isDirectory(file)) {
            throw errors.notAFile();
        }
    }

    private static Connection openWriter(SqliteConnector connector, SqliteErrors errors)
            throws DatabaseException {
        try {
            return connector.openWriter();
        } catch (SQLException e) {
            throw errors.translate(e);
        }
    }

    private static void closeAfter(Connection connection, Throwable cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}

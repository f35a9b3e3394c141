package app.pli.core.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.SQLiteConfig;

/**
 * Opens the connections of one database file with Pli's settings: foreign keys on, the busy
 * timeout, full synchronous commits, {@code BEGIN IMMEDIATE} as the driver's transaction
 * mode, and {@code secure_delete} where the options ask for it.
 *
 * <p>WAL is deliberately not set here: switching the journal mode writes the file header,
 * and an open that fails (not a Pli database, newer schema) must leave the file untouched.
 * {@link SchemaMigrator} switches to WAL once the file has passed those checks.
 */
final class SqliteConnector {
    private final String url;
    private final int busyTimeoutMillis;
    private final int writerCacheMib;
    private final boolean secureDelete;

    SqliteConnector(Path file, Duration busyTimeout, int writerCacheMib, boolean secureDelete) {
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.busyTimeoutMillis = Math.toIntExact(busyTimeout.toMillis());
        this.writerCacheMib = writerCacheMib;
        this.secureDelete = secureDelete;
    }

    /** The one read-write connection; {@link Database} serialises its use. */
    Connection openWriter() throws SQLException {
        SQLiteConfig config = baseConfig();
        // FULL makes a commit durable before it returns: the relay acknowledges a block only
        // once it is on disk, and the outbox must survive a power cut.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (writerCacheMib > 0) {
            // A negative cache_size is in KiB rather than pages.
            config.setCacheSize(-writerCacheMib * 1024);
        }
        return config.createConnection(url);
    }

    /** A read-only connection, so that a work run by {@link Database#read} cannot write. */
    Connection openReader() throws SQLException {
        SQLiteConfig config = baseConfig();
        config.setReadOnly(true);
        return config.createConnection(url);
    }

    private SQLiteConfig baseConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMillis);
        if (secureDelete) {
            config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        }
        return config;
    }
}

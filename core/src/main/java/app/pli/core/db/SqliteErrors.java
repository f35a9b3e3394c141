package app.pli.core.db;

import app.pli.core.db.DatabaseException.Reason;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Turns SQLite failures on one file into {@link DatabaseException}s with one-line messages
 * that name the file. SQLite's messages describe the failure, never the row values, so they
 * are safe to include.
 */
final class SqliteErrors {
    // SQLite primary result codes (https://sqlite.org/rescode.html); the low byte of an extended code.
    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_AUTH = 23;
    private static final int SQLITE_NOTADB = 26;

    private final String file;
    private final Duration busyTimeout;

    SqliteErrors(Path file, Duration busyTimeout) {
        this.file = file.toString();
        this.busyTimeout = busyTimeout;
    }

    /** How long a busy database is waited for. */
    Duration busyTimeout() {
        return busyTimeout;
    }

    /** Whether {@code e} says another connection holds a lock. */
    static boolean isBusy(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        return code == SQLITE_BUSY || code == SQLITE_LOCKED;
    }

    DatabaseException translate(SQLException e) {
        switch (e.getErrorCode() & 0xFF) {
            case SQLITE_BUSY:
            case SQLITE_LOCKED:
                return new DatabaseException(Reason.BUSY, "database " + file
                        + " is busy: another Pli process holds it (waited " + describe(busyTimeout)
                        + "); stop that process or try again", e);
            case SQLITE_NOTADB:
                return notAPliDatabase(e);
            case SQLITE_CORRUPT:
                return new DatabaseException(Reason.CORRUPT, "database " + file
                        + " is corrupted: " + oneLine(e), e);
            case SQLITE_READONLY:
                return new DatabaseException(Reason.READ_ONLY, "database " + file
                        + " refused a write: " + oneLine(e), e);
            case SQLITE_FULL:
                return new DatabaseException(Reason.DISK_FULL, "database " + file
                        + " cannot grow: the disk is full", e);
            case SQLITE_PERM:
            case SQLITE_AUTH:
            case SQLITE_CANTOPEN:
                return new DatabaseException(Reason.CANNOT_OPEN, "cannot open database " + file
                        + ": " + oneLine(e), e);
            case SQLITE_CONSTRAINT:
                return new DatabaseException(Reason.CONSTRAINT, "database " + file
                        + " rejected a change: " + oneLine(e), e);
            default:
                return new DatabaseException(Reason.FAILED, "database " + file + " failed: "
                        + oneLine(e), e);
        }
    }

    DatabaseException notAPliDatabase(Throwable cause) {
        return new DatabaseException(Reason.NOT_A_DATABASE, file
                + " is not a Pli database (or is corrupted)", cause);
    }

    DatabaseException newerSchema(String module, int stored, int known) {
        return new DatabaseException(Reason.NEWER_SCHEMA, file + " was written by a newer Pli ("
                + module + " schema " + stored + ", this build knows " + known + "); upgrade Pli");
    }

    DatabaseException migrationFailed(String module, Migration migration, SQLException cause) {
        return new DatabaseException(Reason.MIGRATION_FAILED, "database " + file + ": " + module
                + " migration " + migration.version() + " (" + migration.description()
                + ") failed: " + oneLine(cause), cause);
    }

    DatabaseException missingFolder(Path folder) {
        return new DatabaseException(Reason.CANNOT_OPEN, "cannot open database " + file
                + ": folder " + folder + " does not exist");
    }

    DatabaseException notAFile() {
        return new DatabaseException(Reason.CANNOT_OPEN, "cannot open database " + file
                + ": it is a folder, not a file");
    }

    DatabaseException interrupted() {
        return new DatabaseException(Reason.BUSY, "opening database " + file + " was interrupted while it was busy");
    }

    DatabaseException walUnavailable(String mode) {
        return new DatabaseException(Reason.FAILED, "database " + file
                + " cannot use write-ahead logging (journal mode stayed " + mode + ")");
    }

    private static String oneLine(SQLException e) {
        String message = e.getMessage();
        return message == null ? "SQLite error " + e.getErrorCode() : message.replaceAll("\\s+", " ").trim();
    }

    private static String describe(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}

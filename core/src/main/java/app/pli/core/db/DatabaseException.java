package app.pli.core.db;

import app.pli.core.error.PliException;
import java.util.Objects;

/**
 * A database failure, reported as one printable line that names the file.
 *
 * <p>The {@link Reason} lets callers and tests tell the cases apart without parsing the
 * message. The message never holds row values: only the file name, module names, versions
 * and SQLite's own description of the failure.
 */
public final class DatabaseException extends PliException {
    private static final long serialVersionUID = 1L;

    /** Why the database failed. */
    public enum Reason {
        /** Another connection or process held the lock for longer than the busy timeout. */
        BUSY,
        /** The file is not a SQLite database, or is a SQLite database that Pli did not create. */
        NOT_A_DATABASE,
        /** SQLite found the file damaged. */
        CORRUPT,
        /** A module's stored schema version is newer than this build knows. */
        NEWER_SCHEMA,
        /** A migration's SQL failed; its changes and its version bump were rolled back. */
        MIGRATION_FAILED,
        /** The file or its folder cannot be opened (missing folder, permissions, a directory). */
        CANNOT_OPEN,
        /** A write was refused because the file (or the connection) is read-only. */
        READ_ONLY,
        /** The disk is full. */
        DISK_FULL,
        /** A change broke a constraint (unique, foreign key, not null, check). */
        CONSTRAINT,
        /** Any other SQLite error. */
        FAILED
    }

    private final Reason reason;

    public DatabaseException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public DatabaseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}

package app.pli.core.db;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Database} is opened.
 *
 * @param busyTimeout how long a statement waits for a lock held by another connection or
 *     process before failing with {@link DatabaseException.Reason#BUSY}; positive, at most
 *     {@code Integer.MAX_VALUE} milliseconds
 * @param readerConnections the most read-only connections kept for {@link Database#read};
 *     between 1 and 64
 * @param writerCacheMib the page cache of the one writing connection, in MiB; 0 keeps
 *     SQLite's default (about 2 MiB). A store with a busy writer (the relay's) reads back
 *     fewer evicted pages with more
 * @param secureDelete SQLite's {@code secure_delete}: what a deletion frees is overwritten
 *     with zeros rather than left in free pages (a profile's store; it costs writes)
 */
public record DatabaseOptions(Duration busyTimeout, int readerConnections, int writerCacheMib, boolean secureDelete) {
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_READER_CONNECTIONS = 4;
    private static final int MAX_READER_CONNECTIONS = 64;
    private static final int MAX_WRITER_CACHE_MIB = 4096;

    public DatabaseOptions {
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        if (busyTimeout.isNegative() || busyTimeout.isZero()
                || busyTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("busy timeout out of range: " + busyTimeout);
        }
        if (readerConnections < 1 || readerConnections > MAX_READER_CONNECTIONS) {
            throw new IllegalArgumentException("reader connections must be 1.." + MAX_READER_CONNECTIONS
                    + ", got " + readerConnections);
        }
        if (writerCacheMib < 0 || writerCacheMib > MAX_WRITER_CACHE_MIB) {
            throw new IllegalArgumentException("writer cache must be 0.." + MAX_WRITER_CACHE_MIB + " MiB, got "
                    + writerCacheMib);
        }
    }

    /** The options without secure deletion. */
    public DatabaseOptions(Duration busyTimeout, int readerConnections, int writerCacheMib) {
        this(busyTimeout, readerConnections, writerCacheMib, false);
    }

    /** A 5 second busy timeout, 4 reader connections, SQLite's default writer cache, no secure deletion. */
    public static DatabaseOptions defaults() {
        return new DatabaseOptions(DEFAULT_BUSY_TIMEOUT, DEFAULT_READER_CONNECTIONS, 0);
    }

    public DatabaseOptions withBusyTimeout(Duration timeout) {
        return new DatabaseOptions(timeout, readerConnections, writerCacheMib, secureDelete);
    }

    public DatabaseOptions withReaderConnections(int count) {
        return new DatabaseOptions(busyTimeout, count, writerCacheMib, secureDelete);
    }

    public DatabaseOptions withWriterCacheMib(int mib) {
        return new DatabaseOptions(busyTimeout, readerConnections, mib, secureDelete);
    }

    public DatabaseOptions withSecureDelete(boolean on) {
        return new DatabaseOptions(busyTimeout, readerConnections, writerCacheMib, on);
    }
}

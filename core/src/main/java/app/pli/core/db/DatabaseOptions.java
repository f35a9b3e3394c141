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
 */
public record DatabaseOptions(Duration busyTimeout, int readerConnections) {
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_READER_CONNECTIONS = 4;
    private static final int MAX_READER_CONNECTIONS = 64;

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
    }

    /** A 5 second busy timeout and 4 reader connections. */
    public static DatabaseOptions defaults() {
        return new DatabaseOptions(DEFAULT_BUSY_TIMEOUT, DEFAULT_READER_CONNECTIONS);
    }

    public DatabaseOptions withBusyTimeout(Duration timeout) {
        return new DatabaseOptions(timeout, readerConnections);
    }

    public DatabaseOptions withReaderConnections(int count) {
        return new DatabaseOptions(busyTimeout, count);
    }
}

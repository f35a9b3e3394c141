package app.pli.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * The read-only connections of one database, opened on demand and reused.
 *
 * <p>Invariants: at most {@code size} connections are lent out at once (further readers
 * wait for one to come back); a connection is lent to one thread at a time; a connection
 * returned closed (after a failed rollback) is dropped; after {@link #close()} no connection
 * is lent and each one still out is closed when it comes back.
 */
final class ReaderPool {
    private final SqliteConnector connector;
    private final Semaphore permits;
    private final Deque<Connection> idle = new ArrayDeque<>(); // guarded by this
    private boolean closed; // guarded by this

    ReaderPool(SqliteConnector connector, int size) {
        this.connector = connector;
        this.permits = new Semaphore(size, true);
    }

    Connection acquire() throws SQLException {
        permits.acquireUninterruptibly();
        Connection reused;
        synchronized (this) {
            if (closed) {
                permits.release();
                throw new IllegalStateException("the database is closed");
            }
            reused = idle.pollFirst();
        }
        if (reused != null) {
            return reused;
        }
        try {
            return connector.openReader();
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    void release(Connection connection) throws SQLException {
        boolean keep;
        try {
            synchronized (this) {
                keep = !closed && !connection.isClosed();
                if (keep) {
                    idle.addFirst(connection);
                }
            }
        } finally {
            permits.release();
        }
        if (!keep) {
            connection.close();
        }
    }

    void close() throws SQLException {
        List<Connection> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayList<>(idle);
            idle.clear();
        }
        SQLException failure = null;
        for (Connection connection : toClose) {
            try {
                connection.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}

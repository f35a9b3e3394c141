package app.pli.transport.relay.server;

import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.transport.relay.wire.RelayErrorCode;
import io.netty.util.concurrent.EventExecutor;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the store off the event loops: subscription backlogs and fetches run on a small
 * pool of reader threads, each in its own read transaction (WAL lets them run beside the
 * writer), and their results return to the connection's event loop.
 *
 * <p>Thread-safe.
 */
final class StoreReader {
    /** A read of the relay's tables. */
    @FunctionalInterface
    interface Query<T> {
        T run(RelayTables tables) throws SQLException;
    }

    /** Where a read's outcome goes; both methods run on the connection's event loop. */
    interface Callback<T> {
        void result(T value);

        void failed(RelayErrorCode code);
    }

    private static final System.Logger LOG = System.getLogger(StoreReader.class.getName());
    private static final int THREADS = 2;

    private final Database db;
    private final ExecutorService pool;

    StoreReader(Database db) {
        this.db = db;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "pli-relay-reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code query} on a reader thread, then hands its outcome to {@code callback} on {@code loop}. */
    <T> void read(Query<T> query, EventExecutor loop, Callback<T> callback) {
        try {
            pool.execute(() -> {
                try {
                    T value = db.read(connection -> {
                        try (RelayTables tables = new RelayTables(connection)) {
                            return query.run(tables);
                        }
                    });
                    loop.execute(() -> callback.result(value));
                } catch (PliException | IllegalStateException e) {
                    LOG.log(Level.WARNING, "relay store read failed: " + e.getMessage());
                    loop.execute(() -> callback.failed(RelayErrorCode.STORE_FAILED));
                }
            });
        } catch (RejectedExecutionException e) {
            loop.execute(() -> callback.failed(RelayErrorCode.SHUTTING_DOWN));
        }
    }

    /** Lets running reads finish and refuses new ones. */
    void stop() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }
}

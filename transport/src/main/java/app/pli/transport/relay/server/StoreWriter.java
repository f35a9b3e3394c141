package app.pli.transport.relay.server;

import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.transport.relay.wire.RelayErrorCode;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The relay's single writer: one thread takes every store change from all connections and
 * commits them in groups, so that one fsync (the store commits with synchronous=FULL)
 * covers hundreds of deposits. A task learns its outcome only after its group committed,
 * which is what lets a deposit be acknowledged as durable.
 *
 * <p>Thread-safe: any thread may {@link #submit}. {@link #stop()} lets every task already
 * submitted finish, refuses later ones with {@link RelayErrorCode#SHUTTING_DOWN}, and
 * returns once the last group has committed.
 */
final class StoreWriter {
    /** Most tasks in one transaction; bounds the time any one task waits behind others. */
    static final int MAX_BATCH = 1024;
    /** Queue length above which connections stop reading until it drains. */
    static final int CONGESTED = 8192;
    /** Queue length below which paused connections read again. */
    static final int RELIEVED = CONGESTED / 2;

    private static final System.Logger LOG = System.getLogger(StoreWriter.class.getName());
    private static final long SECONDS_PER_HOUR = 3600;

    private final Database db;
    private final Clock clock;
    private final int maxQueuedBlocks;
    private final long maxStoredBlocks;
    private final BlockingQueue<StoreTask> queue = new LinkedBlockingQueue<>();
    private final Queue<Runnable> drainWaiters = new ConcurrentLinkedQueue<>();
    private final QueueCounts counts = new QueueCounts();
    private final Object submitLock = new Object();
    private final Thread thread;
    private boolean stopping; // guarded by submitLock

    StoreWriter(Database db, Clock clock, int maxQueuedBlocks, long maxStoredBlocks) {
        this.db = db;
        this.clock = clock;
        this.maxQueuedBlocks = maxQueuedBlocks;
        this.maxStoredBlocks = maxStoredBlocks;
        this.thread = new Thread(this::run, "pli-relay-writer");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Queues {@code task}; refuses it at once when the writer is stopping. */
    void submit(StoreTask task) {
        synchronized (submitLock) {
            if (!stopping) {
                queue.add(task);
                return;
            }
        }
        task.abandoned(RelayErrorCode.SHUTTING_DOWN, "the relay is stopping");
    }

    /** Whether so many tasks wait that connections should stop reading requests. */
    boolean congested() {
        return queue.size() >= CONGESTED;
    }

    /** Runs {@code action} (on the writer thread, or now) once the queue has drained below {@link #RELIEVED}. */
    void whenRelieved(Runnable action) {
        drainWaiters.add(action);
        if (queue.size() < RELIEVED) {
            runDrainWaiters();
        }
    }

    /** Commits every task already submitted, refuses later ones, and waits for the thread to end. */
    void stop() throws InterruptedException {
        synchronized (submitLock) {
            if (stopping) {
                return;
            }
            stopping = true;
            queue.add(Poison.INSTANCE);
        }
        thread.join();
        runDrainWaiters();
    }

    private void run() {
        List<StoreTask> batch = new ArrayList<>(MAX_BATCH);
        boolean poisoned = false;
        while (!poisoned) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                // Only stop() ends the writer; an interrupt alone must not drop queued tasks.
                continue;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            poisoned = batch.remove(Poison.INSTANCE);
            if (!batch.isEmpty()) {
                commit(batch);
            }
            batch.clear();
            if (queue.size() < RELIEVED) {
                runDrainWaiters();
            }
        }
    }

    private void commit(List<StoreTask> batch) {
        long hour = clock.instant().getEpochSecond() / SECONDS_PER_HOUR;
        try {
            db.write(connection -> {
                try (RelayTables tables = new RelayTables(connection)) {
                    WriteBatch context = new WriteBatch(tables, counts, hour, maxQueuedBlocks, maxStoredBlocks);
                    for (StoreTask task : batch) {
                        task.execute(context);
                    }
                }
                return null;
            });
        } catch (PliException | RuntimeException e) {
            // The transaction rolled back: no task had an effect, and cached counts may be wrong.
            counts.clear();
            LOG.log(Level.ERROR, "relay store commit of " + batch.size() + " tasks failed", e);
            for (StoreTask task : batch) {
                task.abandoned(RelayErrorCode.STORE_FAILED, "the relay's store failed; retry later");
            }
            return;
        }
        for (StoreTask task : batch) {
            task.committed();
        }
    }

    private void runDrainWaiters() {
        Runnable waiter;
        while ((waiter = drainWaiters.poll()) != null) {
            waiter.run();
        }
    }

    /** The marker {@link #stop()} queues behind the last task. */
    private static final class Poison implements StoreTask {
        static final Poison INSTANCE = new Poison();

        @Override
        public void execute(WriteBatch batch) throws SQLException {
            throw new IllegalStateException("the stop marker is never executed");
        }

        @Override
        public void committed() {
            throw new IllegalStateException("the stop marker is never executed");
        }

        @Override
        public void abandoned(RelayErrorCode code, String message) {
            throw new IllegalStateException("the stop marker is never executed");
        }
    }
}

package app.pli.transport.relay.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shared account of one load run: when it started, which deposits started during the
 * warm-up, which the relay acknowledged, which blocks arrived (first receipts and repeats)
 * with their latencies, and the first failure, if any. Thread-safe; senders and receivers
 * report into it from the clients' callback threads.
 *
 * <p>Invariants: a block counts for throughput and latency only if its deposit started
 * after the warm-up; every block counts for lost and repeated. Once {@link #close()} is
 * called nothing more is counted and no failure is recorded, so requests cut off by
 * closing the clients cannot spoil a finished run.
 */
final class RunLedger {
    private final int blocks;
    private final long warmupNanos;
    private final LatencyRecorder latencies;
    private final CompletableFuture<Void> allDeposited = new CompletableFuture<>();
    private final CompletableFuture<Void> allReceived = new CompletableFuture<>();
    private final AtomicLong warmupStarted = new AtomicLong();
    private final AtomicLong deposited = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong measured = new AtomicLong();
    private final AtomicLong duplicated = new AtomicLong();
    private volatile long origin;
    private long lastReceipt; // nanoseconds after the origin; guarded by this
    private volatile boolean closed;

    RunLedger(int blocks, long warmupNanos) {
        this.blocks = blocks;
        this.warmupNanos = warmupNanos;
        this.latencies = new LatencyRecorder(blocks);
    }

    /** Marks now as the start of the first deposit; stamps are relative to it. */
    void start() {
        origin = System.nanoTime();
    }

    /** Nanoseconds since {@link #start()}. */
    long elapsedNanos() {
        return System.nanoTime() - origin;
    }

    /** A deposit starts now; returns its start stamp. */
    long depositStarts() {
        long start = elapsedNanos();
        if (start < warmupNanos) {
            warmupStarted.incrementAndGet();
        }
        return start;
    }

    void depositAcknowledged() {
        if (deposited.incrementAndGet() == blocks) {
            allDeposited.complete(null);
        }
    }

    /** A block arrived for the first time; its deposit started at {@code startNanos} after the origin. */
    void firstReceipt(long startNanos) {
        if (closed) {
            return;
        }
        long now = elapsedNanos();
        if (startNanos >= warmupNanos) {
            latencies.record(now - startNanos);
            measured.incrementAndGet();
        }
        synchronized (this) {
            lastReceipt = Math.max(lastReceipt, now);
        }
        if (received.incrementAndGet() == blocks) {
            allReceived.complete(null);
        }
    }

    /** A block arrived again. */
    void repeatedReceipt() {
        if (!closed) {
            duplicated.incrementAndGet();
        }
    }

    /** Ends the run with {@code failure}, unless it already ended. */
    void fail(RelayLoadException failure) {
        if (!closed) {
            allDeposited.completeExceptionally(failure);
            allReceived.completeExceptionally(failure);
        }
    }

    /** Completes when the relay has acknowledged every deposit; fails with the run's failure. */
    CompletableFuture<Void> allDeposited() {
        return allDeposited;
    }

    /** Completes when every block has arrived once; fails with the run's failure. */
    CompletableFuture<Void> allReceived() {
        return allReceived;
    }

    /** Stops counting: what arrives from now on is after the measurement. */
    void close() {
        closed = true;
    }

    /**
     * The measurement so far.
     *
     * @throws RelayLoadException if a warm-up was asked for and no block was deposited after it
     */
    LoadReport report(int pairs, int idleConnections) throws RelayLoadException {
        long counted = measured.get();
        if (warmupNanos > 0 && counted == 0) {
            throw new RelayLoadException("every block was deposited during the warm-up;"
                    + " deposit more blocks or warm up for less");
        }
        double seconds;
        synchronized (this) {
            seconds = Math.max(0, lastReceipt - warmupNanos) / 1e9;
        }
        LatencyRecorder.Percentiles p = latencies.percentiles();
        double throughput = seconds > 0 ? counted / seconds : 0;
        return new LoadReport(blocks, (int) warmupStarted.get(), pairs, round(seconds), round(throughput), p.p50Ms(),
                p.p90Ms(), p.p99Ms(), p.maxMs(), Math.max(0, deposited.get() - received.get()), duplicated.get(),
                idleConnections);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

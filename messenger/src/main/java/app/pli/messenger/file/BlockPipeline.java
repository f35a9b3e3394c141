package app.pli.messenger.file;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A window of requests in flight for one transfer: at most {@code window} at once; each
 * completes with the block indexes it finished (or a failure). The transferring thread
 * drains what finished between requests, so the bookkeeping stays on one thread.
 */
final class BlockPipeline {
    private final int window;
    private final Semaphore slots;
    private final ConcurrentLinkedQueue<Integer> finished = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean frontier;

    BlockPipeline(int window) {
        this.window = window;
        this.slots = new Semaphore(window);
    }

    /** Waits up to {@code timeoutMillis} for a free slot; false if none came (the relay stalls). */
    boolean acquire(long timeoutMillis) throws InterruptedException {
        return slots.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** A request of the slot taken last finished; {@code indexes} are the blocks it completed. */
    void finished(Iterable<Integer> indexes, Throwable error) {
        if (error != null) {
            failure.compareAndSet(null, cause(error));
        } else {
            indexes.forEach(finished::add);
        }
        slots.release();
    }

    /** What went wrong, without the wrappers of composed futures. */
    static Throwable cause(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.util.concurrent.ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The first failure of any request (unwrapped), if one failed. */
    Throwable failure() {
        return failure.get();
    }

    /** A read found none of the blocks it asked for: the sender has not uploaded them yet. */
    void reachedFrontier() {
        frontier = true;
    }

    /** Whether a read found none of its blocks, so asking further now is wasted. */
    boolean frontier() {
        return frontier;
    }

    /** The next finished block index, or null. */
    Integer poll() {
        return finished.poll();
    }

    /** Waits until every request in flight finished, at most {@code timeoutMillis}; false if some did not. */
    boolean drain(long timeoutMillis) throws InterruptedException {
        if (!slots.tryAcquire(window, timeoutMillis, TimeUnit.MILLISECONDS)) {
            return false;
        }
        slots.release(window);
        return true;
    }
}

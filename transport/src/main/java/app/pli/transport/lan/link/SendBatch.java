package app.pli.transport.lan.link;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The blocks of one {@link LanLink#send} call still awaiting acknowledgement. It completes
 * its future once every block was acknowledged, or fails it at the first refusal or when
 * the link closes; either happens once, on the callback pool.
 *
 * <p>Confined to the link's event loop.
 */
final class SendBatch {
    private final CompletableFuture<Void> future;
    private final Executor callbacks;
    private int remaining;
    private boolean done;

    SendBatch(CompletableFuture<Void> future, int blocks, Executor callbacks) {
        this.future = future;
        this.callbacks = callbacks;
        this.remaining = blocks;
    }

    /** Whether the batch already completed or failed (its remaining blocks need not be sent). */
    boolean isDone() {
        return done;
    }

    /** The peer acknowledged one block of this batch. */
    void blockStored() {
        if (!done && --remaining == 0) {
            done = true;
            callbacks.execute(() -> future.complete(null));
        }
    }

    /** The batch cannot complete: a block was refused or the link closed. */
    void fail(LinkException reason) {
        if (!done) {
            done = true;
            callbacks.execute(() -> future.completeExceptionally(reason));
        }
    }
}

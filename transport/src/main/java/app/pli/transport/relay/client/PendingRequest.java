package app.pli.transport.relay.client;

import app.pli.transport.relay.wire.RelayRequest;
import app.pli.transport.relay.wire.RelayResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A request that has no final answer yet. It can build its frame for any session (proofs
 * are signed per session), so it survives reconnects and is re-sent until answered.
 *
 * <p>Confined to the client's event loop, except that futures complete on the callback pool.
 */
abstract class PendingRequest {
    final long id;
    private final Executor callbacks;
    private boolean sent;

    PendingRequest(long id, Executor callbacks) {
        this.id = id;
        this.callbacks = callbacks;
    }

    /** The request's frame on the session that {@code signer} signs for. */
    abstract RelayRequest frame(SessionSigner signer);

    /** The relay reported the request carried out. */
    void done() {
        failed(new RelayException("the relay answered with an unexpected frame"));
    }

    /** The relay answered a mailbox creation. */
    void created(RelayResponse.MailboxCreated created) {
        failed(new RelayException("the relay answered with an unexpected frame"));
    }

    /** One block answering a fetch or read. */
    void delivered(RelayBlock block) {
        // Only a fetch or read expects blocks; a stray one is dropped.
    }

    /** The end of a fetch's or read's answer. */
    void fetchDone() {
        failed(new RelayException("the relay answered with an unexpected frame"));
    }

    /** The connection dropped before the answer; the request will be sent again. */
    void connectionLost() {
        sent = false;
    }

    /** The request failed for good. */
    abstract void failed(RelayException e);

    /** Whether this is a fetch, of which the relay runs one per connection at a time. */
    boolean isFetch() {
        return false;
    }

    boolean sent() {
        return sent;
    }

    void markSent() {
        sent = true;
    }

    /** Completes {@code future} on the callback pool, so no caller code runs on the network thread. */
    protected <T> void complete(CompletableFuture<T> future, T value) {
        callbacks.execute(() -> future.complete(value));
    }

    protected void fail(CompletableFuture<?> future, RelayException e) {
        callbacks.execute(() -> future.completeExceptionally(e));
    }
}

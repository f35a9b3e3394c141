package app.pli.transport.relay.client;

import app.pli.transport.relay.wire.ProofPurpose;
import app.pli.transport.relay.wire.RelayRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Subscribes (or, after a reconnect, re-subscribes) one mailbox. A refusal ends the
 * subscription: the caller's future fails, or for a renewal the listener hears
 * {@link BlockListener#onSubscriptionLost}.
 */
final class SubscribeRequest extends PendingRequest {
    private final SubscriptionEntry entry;
    private final CompletableFuture<Void> future;
    private final Consumer<SubscriptionEntry> onRefused;

    /**
     * @param future the caller's future, or null for a renewal after a reconnect
     * @param onRefused drops the entry from the client when the relay refuses
     */
    SubscribeRequest(long id, Executor callbacks, SubscriptionEntry entry, CompletableFuture<Void> future,
            Consumer<SubscriptionEntry> onRefused) {
        super(id, callbacks);
        this.entry = entry;
        this.future = future;
        this.onRefused = onRefused;
        entry.pendingRequest = id;
    }

    @Override
    RelayRequest frame(SessionSigner signer) {
        return new RelayRequest.Subscribe(id, signer.owner(ProofPurpose.SUBSCRIBE, entry.mailbox));
    }

    @Override
    void done() {
        settle();
        if (future != null) {
            complete(future, null);
        }
    }

    @Override
    void failed(RelayException e) {
        settle();
        onRefused.accept(entry);
        if (future != null) {
            fail(future, e);
        } else {
            entry.delivery.execute(() -> entry.listener.onSubscriptionLost(e));
        }
    }

    private void settle() {
        if (entry.pendingRequest == id) {
            entry.pendingRequest = 0;
        }
    }
}

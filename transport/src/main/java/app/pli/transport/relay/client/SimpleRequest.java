package app.pli.transport.relay.client;

import app.pli.transport.relay.wire.RelayErrorCode;
import app.pli.transport.relay.wire.RelayRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * A request whose only answer is {@code Done}: deposit, ack, lock, delete, unsubscribe.
 * A delete also counts {@link RelayErrorCode#UNKNOWN_MAILBOX} as done, because after a
 * reconnect the first delete may already have taken effect.
 */
final class SimpleRequest extends PendingRequest {
    private final Function<SessionSigner, RelayRequest> frame;
    private final CompletableFuture<Void> future;
    private final boolean goneIsDone;

    SimpleRequest(long id, Executor callbacks, Function<SessionSigner, RelayRequest> frame,
            CompletableFuture<Void> future, boolean goneIsDone) {
        super(id, callbacks);
        this.frame = frame;
        this.future = future;
        this.goneIsDone = goneIsDone;
    }

    @Override
    RelayRequest frame(SessionSigner signer) {
        return frame.apply(signer);
    }

    @Override
    void done() {
        complete(future, null);
    }

    @Override
    void failed(RelayException e) {
        if (goneIsDone && e.code().orElse(null) == RelayErrorCode.UNKNOWN_MAILBOX) {
            complete(future, null);
        } else {
            fail(future, e);
        }
    }
}

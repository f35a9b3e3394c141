package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.RelayErrorCode;

/**
 * A {@link StoreTask} that answers one client request: it either records a refusal while
 * executing or, once committed, reports success through {@link #onCommitted()}. Every path
 * answers exactly once and releases the connection's {@link ReadThrottle} slot.
 */
abstract class RequestTask implements StoreTask {
    protected final ConnectionOutbox outbox;
    protected final long requestId;
    private final ReadThrottle throttle;
    private RelayErrorCode refusal;
    private String refusalMessage;

    RequestTask(ConnectionOutbox outbox, ReadThrottle throttle, long requestId) {
        this.outbox = outbox;
        this.throttle = throttle;
        this.requestId = requestId;
    }

    /** Records that the request is refused; call from {@link #execute} and make no change after it. */
    protected final void refuse(RelayErrorCode code, String message) {
        this.refusal = code;
        this.refusalMessage = message;
    }

    /** Reports success; the transaction committed and the task was not refused. */
    protected abstract void onCommitted();

    @Override
    public final void committed() {
        if (refusal != null) {
            outbox.refuse(requestId, refusal, refusalMessage);
        } else {
            onCommitted();
        }
        throttle.finished();
    }

    @Override
    public final void abandoned(RelayErrorCode code, String message) {
        outbox.refuse(requestId, code, message);
        throttle.finished();
    }
}

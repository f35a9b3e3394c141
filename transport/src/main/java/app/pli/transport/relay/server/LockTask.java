package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.FetchId;
import java.sql.SQLException;

/** Locks a mailbox to one sender key, replacing any earlier lock. */
final class LockTask extends OwnerTask {
    private final byte[] senderKey;

    LockTask(ConnectionOutbox outbox, ReadThrottle throttle, long requestId, FetchId fetchId, byte[] claimedKey,
            byte[] senderKey) {
        super(outbox, throttle, requestId, fetchId, claimedKey);
        this.senderKey = senderKey.clone();
    }

    @Override
    protected void change(WriteBatch batch, long mailbox) throws SQLException {
        batch.tables().lockMailbox(mailbox, senderKey);
    }

    @Override
    protected void onCommitted() {
        outbox.done(requestId);
    }
}

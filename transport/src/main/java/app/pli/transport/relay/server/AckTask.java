package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.FetchId;
import java.sql.SQLException;
import java.util.List;

/** Deletes acknowledged blocks; once committed, frees the subscribers' push windows. */
final class AckTask extends OwnerTask {
    private final SubscriptionRegistry subscriptions;
    private final List<BlockId> blockIds;
    private long mailbox = -1;

    AckTask(ConnectionOutbox outbox, ReadThrottle throttle, long requestId, FetchId fetchId, byte[] claimedKey,
            SubscriptionRegistry subscriptions, List<BlockId> blockIds) {
        super(outbox, throttle, requestId, fetchId, claimedKey);
        this.subscriptions = subscriptions;
        this.blockIds = List.copyOf(blockIds);
    }

    @Override
    protected void change(WriteBatch batch, long mailbox) throws SQLException {
        this.mailbox = mailbox;
        int deleted = batch.tables().deleteBlocks(mailbox, blockIds);
        batch.counts().add(mailbox, -deleted);
    }

    @Override
    protected void onCommitted() {
        outbox.done(requestId);
        subscriptions.acked(mailbox, blockIds);
    }
}

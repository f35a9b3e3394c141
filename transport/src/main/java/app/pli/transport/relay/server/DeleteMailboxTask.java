package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.FetchId;
import java.sql.SQLException;

/** Deletes a mailbox with all its blocks; once committed, ends every subscription to it. */
final class DeleteMailboxTask extends OwnerTask {
    private final SubscriptionRegistry subscriptions;
    private long mailbox = -1;

    DeleteMailboxTask(ConnectionOutbox outbox, ReadThrottle throttle, long requestId, FetchId fetchId,
            byte[] claimedKey, SubscriptionRegistry subscriptions) {
        super(outbox, throttle, requestId, fetchId, claimedKey);
        this.subscriptions = subscriptions;
    }

    @Override
    protected void change(WriteBatch batch, long mailbox) throws SQLException {
        this.mailbox = mailbox;
        int held = batch.counts().get(batch.tables(), mailbox);
        batch.tables().deleteMailbox(mailbox);
        batch.counts().forget(mailbox, held);
    }

    @Override
    protected void onCommitted() {
        outbox.done(requestId);
        subscriptions.mailboxDeleted(mailbox);
    }
}

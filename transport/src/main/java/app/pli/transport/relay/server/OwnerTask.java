package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.FetchId;
import app.pli.transport.relay.wire.RelayErrorCode;
import java.sql.SQLException;

/**
 * A change only a mailbox's owner may make (ack, lock, delete). The connection already
 * verified the proof against the key the request names; this task checks that the key is
 * the mailbox's registered key before {@link #change} runs.
 */
abstract class OwnerTask extends RequestTask {
    private final FetchId fetchId;
    private final byte[] claimedKey;

    OwnerTask(ConnectionOutbox outbox, ReadThrottle throttle, long requestId, FetchId fetchId, byte[] claimedKey) {
        super(outbox, throttle, requestId);
        this.fetchId = fetchId;
        this.claimedKey = claimedKey;
    }

    @Override
    public final void execute(WriteBatch batch) throws SQLException {
        MailboxRow row = batch.tables().mailboxByFetch(fetchId);
        if (row == null) {
            refuse(RelayErrorCode.UNKNOWN_MAILBOX, "no mailbox has this fetch id");
        } else if (!row.ownedBy(claimedKey)) {
            refuse(RelayErrorCode.BAD_PROOF, "the proof is not by this mailbox's key");
        } else {
            change(batch, row.id());
        }
    }

    /** Makes the owner's change to mailbox {@code mailbox}. */
    protected abstract void change(WriteBatch batch, long mailbox) throws SQLException;
}

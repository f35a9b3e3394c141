package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.FetchId;
import app.pli.transport.relay.wire.RelayResponse;
import java.sql.SQLException;

/** Stores a new mailbox under two fresh random ids and answers them once committed. */
final class CreateMailboxTask extends RequestTask {
    private final byte[] mailboxKey;
    private final FetchId fetchId = FetchId.random();
    private final DepositId depositId = DepositId.random();

    CreateMailboxTask(ConnectionOutbox outbox, ReadThrottle throttle, long requestId, byte[] mailboxKey) {
        super(outbox, throttle, requestId);
        this.mailboxKey = mailboxKey.clone();
    }

    @Override
    public void execute(WriteBatch batch) throws SQLException {
        batch.tables().insertMailbox(fetchId, depositId, mailboxKey);
    }

    @Override
    protected void onCommitted() {
        outbox.send(new RelayResponse.MailboxCreated(requestId, fetchId.bytes(), depositId.bytes()));
    }
}

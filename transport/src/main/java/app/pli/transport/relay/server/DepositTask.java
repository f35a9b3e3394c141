package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.RelayErrorCode;
import java.sql.SQLException;

/**
 * Stores one block in the mailbox of a deposit id, unless that mailbox already holds the
 * block id (then the deposit is a harmless repeat). Checks the lock and the quotas (per
 * mailbox and in total) first; a repeat is accepted also when a quota is reached.
 * Once committed it acknowledges the depositor and offers the block to subscribers.
 */
final class DepositTask extends RequestTask {
    private final SubscriptionRegistry subscriptions;
    private final DepositId depositId;
    private final BlockId blockId;
    private final byte[] block;
    private final byte[] verifiedSender;
    private long mailbox;
    private long seq = -1;

    /**
     * @param verifiedSender the sender key whose deposit proof the connection verified, or
     *     null for an anonymous deposit
     */
    DepositTask(ConnectionOutbox outbox, ReadThrottle throttle, long requestId, SubscriptionRegistry subscriptions,
            DepositId depositId, BlockId blockId, byte[] block, byte[] verifiedSender) {
        super(outbox, throttle, requestId);
        this.subscriptions = subscriptions;
        this.depositId = depositId;
        this.blockId = blockId;
        this.block = block;
        this.verifiedSender = verifiedSender;
    }

    @Override
    public void execute(WriteBatch batch) throws SQLException {
        MailboxRow row = batch.tables().mailboxByDeposit(depositId);
        if (row == null) {
            refuse(RelayErrorCode.UNKNOWN_MAILBOX, "no mailbox has this deposit id");
            return;
        }
        if (!row.admits(verifiedSender)) {
            refuse(RelayErrorCode.LOCKED, "the mailbox is locked; the deposit lacks its sender's proof");
            return;
        }
        boolean mailboxFull = batch.counts().get(batch.tables(), row.id()) >= batch.maxQueuedBlocks();
        boolean storageFull = batch.counts().total(batch.tables()) >= batch.maxStoredBlocks();
        if ((mailboxFull || storageFull) && batch.tables().holdsBlock(row.id(), blockId)) {
            return; // a repeat of a stored block: accepted, nothing changes
        }
        if (mailboxFull) {
            refuse(RelayErrorCode.QUEUE_FULL, "the mailbox is full until its owner acknowledges blocks");
            return;
        }
        if (storageFull) {
            refuse(RelayErrorCode.STORAGE_FULL, "the relay's storage is full");
            return;
        }
        mailbox = row.id();
        seq = batch.tables().insertBlock(mailbox, blockId, batch.arrivalHour(), block);
        if (seq > 0) {
            batch.counts().add(mailbox, 1);
        }
    }

    @Override
    protected void onCommitted() {
        outbox.done(requestId);
        if (seq > 0) {
            subscriptions.offer(mailbox, seq, blockId, block);
        }
    }
}

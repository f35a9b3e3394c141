package app.pli.transport.relay.bench;

import app.pli.transport.relay.client.BlockListener;
import app.pli.transport.relay.client.MailboxCredentials;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.client.RelayClient;
import app.pli.transport.relay.client.RelayException;
import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.RelayConstants;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalLong;

/**
 * The receiving half of one pair: subscribed to the pair's mailbox, it checks that each
 * block is an intact block of this pair, counts first receipts and repeats, and acks what
 * it received in batches (a full ack frame at once, the rest by {@link #flushAcks()}, which
 * the run calls every few milliseconds), so the relay's push window keeps moving.
 *
 * <p>Thread-safe: blocks arrive one at a time on the client's callback threads while the
 * run's timer flushes acks.
 */
final class PairReceiver implements BlockListener {
    private final int pair;
    private final int pairs;
    private final StampedBlock stamps;
    private final RunLedger ledger;
    private final RelayClient client;
    private final BitSet seen = new BitSet();
    private List<BlockId> unacked = new ArrayList<>();
    private MailboxCredentials mailbox;

    PairReceiver(int pair, int pairs, StampedBlock stamps, RunLedger ledger, RelayClient client) {
        this.pair = pair;
        this.pairs = pairs;
        this.stamps = stamps;
        this.ledger = ledger;
        this.client = client;
    }

    RelayClient client() {
        return client;
    }

    /** The pair's mailbox; set once, before the subscription starts. */
    synchronized void useMailbox(MailboxCredentials credentials) {
        this.mailbox = credentials;
    }

    synchronized MailboxCredentials mailbox() {
        return mailbox;
    }

    @Override
    public void onBlock(RelayBlock block) {
        byte[] bytes = block.block().bytes();
        OptionalLong seq = stamps.sequenceOf(bytes);
        if (seq.isEmpty() || seq.getAsLong() % pairs != pair) {
            ledger.fail(new RelayLoadException("the relay delivered to pair " + pair
                    + " a block that was not deposited into its mailbox, or altered it"));
            return;
        }
        boolean first;
        boolean batchFull;
        synchronized (this) {
            int index = (int) (seq.getAsLong() / pairs);
            first = !seen.get(index);
            seen.set(index);
            unacked.add(block.id());
            batchFull = unacked.size() >= RelayConstants.MAX_ACK_IDS;
        }
        if (first) {
            ledger.firstReceipt(StampedBlock.startNanosOf(bytes));
        } else {
            ledger.repeatedReceipt();
        }
        if (batchFull) {
            flushAcks();
        }
    }

    @Override
    public void onSubscriptionLost(RelayException reason) {
        ledger.fail(new RelayLoadException("pair " + pair + " lost its subscription: " + reason.getMessage(), reason));
    }

    /** Acks every block received and not yet acked. */
    void flushAcks() {
        List<BlockId> batch;
        MailboxCredentials owner;
        synchronized (this) {
            if (unacked.isEmpty()) {
                return;
            }
            batch = unacked;
            unacked = new ArrayList<>();
            owner = mailbox;
        }
        client.ack(owner, batch).whenComplete((ok, error) -> {
            if (error != null) {
                ledger.fail(new RelayLoadException("an ack failed: " + error.getMessage(), error));
            }
        });
    }
}

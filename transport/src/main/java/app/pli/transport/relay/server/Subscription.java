package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.FetchId;
import app.pli.transport.relay.wire.RelayErrorCode;
import app.pli.transport.relay.wire.RelayResponse;
import io.netty.channel.Channel;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pushes one mailbox's blocks to one subscribed connection, oldest first, with at most
 * {@link #PUSH_WINDOW} blocks pushed and not yet acknowledged.
 *
 * <p>How it avoids both loss and repeats: blocks are numbered by {@code seq} in commit
 * order. The subscription remembers the highest seq it pushed. A freshly committed block
 * is pushed straight from memory when nothing older is waiting; otherwise it marks a
 * backlog, which is read from the store (seq above the last pushed) when the window and
 * the channel allow. A block already pushed is never pushed again on this connection; a
 * new connection starts from the beginning (delivery is at-least-once across connections).
 *
 * <p>State is confined to the connection's event loop; {@link #offer}, {@link #acked} and
 * {@link #cancel} may be called from any thread and hop onto it.
 */
final class Subscription {
    /** Most blocks pushed on one connection and not yet acknowledged, per mailbox. */
    static final int PUSH_WINDOW = 256;

    private final Channel channel;
    private final ConnectionOutbox outbox;
    private final StoreReader reader;
    private final FetchId fetchId;
    private final long mailbox;
    private final Set<BlockId> inFlight = new HashSet<>();
    private long lastPushedSeq;
    private boolean backlog = true;
    private boolean loading;
    private boolean active = true;

    Subscription(Channel channel, ConnectionOutbox outbox, StoreReader reader, FetchId fetchId, long mailbox) {
        this.channel = channel;
        this.outbox = outbox;
        this.reader = reader;
        this.fetchId = fetchId;
        this.mailbox = mailbox;
    }

    long mailbox() {
        return mailbox;
    }

    FetchId fetchId() {
        return fetchId;
    }

    void offer(long seq, BlockId blockId, byte[] block) {
        channel.eventLoop().execute(() -> onOffer(seq, blockId, block));
    }

    void acked(List<BlockId> blockIds) {
        channel.eventLoop().execute(() -> onAcked(blockIds));
    }

    void cancel() {
        channel.eventLoop().execute(() -> active = false);
    }

    /** Pushes what the window and the channel allow, reading the backlog if needed; event loop only. */
    void pump() {
        int room = PUSH_WINDOW - inFlight.size();
        if (!active || !backlog || loading || room <= 0 || !channel.isWritable()) {
            return;
        }
        loading = true;
        backlog = false;
        long after = lastPushedSeq;
        reader.read(tables -> tables.blocksAfter(mailbox, after, room), channel.eventLoop(),
                new StoreReader.Callback<List<StoredBlock>>() {
                    @Override
                    public void result(List<StoredBlock> blocks) {
                        onLoaded(blocks, room);
                    }

                    @Override
                    public void failed(RelayErrorCode code) {
                        // Retried at the next offer, ack or writability change.
                        loading = false;
                        backlog = true;
                    }
                });
    }

    private void onOffer(long seq, BlockId blockId, byte[] block) {
        if (!active || seq <= lastPushedSeq) {
            return;
        }
        if (backlog || loading || inFlight.size() >= PUSH_WINDOW || !channel.isWritable()) {
            backlog = true;
            return;
        }
        push(seq, blockId, block);
    }

    private void onLoaded(List<StoredBlock> blocks, int requested) {
        loading = false;
        for (StoredBlock b : blocks) {
            if (active && b.seq() > lastPushedSeq) {
                push(b.seq(), b.blockId(), b.data());
            }
        }
        if (blocks.size() >= requested) {
            backlog = true;
        }
        pump();
    }

    private void onAcked(Collection<BlockId> blockIds) {
        if (inFlight.removeAll(blockIds)) {
            pump();
        }
    }

    private void push(long seq, BlockId blockId, byte[] block) {
        lastPushedSeq = seq;
        inFlight.add(blockId);
        outbox.writeNow(new RelayResponse.Deliver(0, fetchId.bytes(), blockId.bytes(), block));
    }
}

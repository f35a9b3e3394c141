package app.pli.transport.lan.link;

import io.netty.channel.Channel;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The sending half of a link: queues blocks, keeps at most {@code window} of them in flight
 * (sent, neither acknowledged nor refused), matches acknowledgements and refusals to the
 * {@link SendBatch} each block belongs to, and notices a peer that stopped acknowledging.
 *
 * <p>Confined to the link's event loop. A block id sent twice while the first is still in
 * flight is matched to its batches in order.
 */
final class OutboundBlocks {
    /** One block waiting for a window slot. */
    private record Outgoing(LinkBlock block, SendBatch batch) {}

    private final Channel channel;
    private final LinkSession session;
    private final int window;
    private final long ackTimeoutNanos;
    private final Executor callbacks;
    private final ArrayDeque<Outgoing> waiting = new ArrayDeque<>();
    private final Map<ByteBuffer, ArrayDeque<SendBatch>> inFlight = new HashMap<>();
    private int inFlightCount;
    private long lastProgressNanos;
    private LinkException closedReason;

    OutboundBlocks(Channel channel, LinkSession session, int window, Duration ackTimeout, Executor callbacks) {
        this.channel = channel;
        this.session = session;
        this.window = window;
        this.ackTimeoutNanos = ackTimeout.toNanos();
        this.callbacks = callbacks;
    }

    /** Queues {@code blocks} (not empty) for sending; {@code future} completes as {@link SendBatch} says. */
    void enqueue(List<LinkBlock> blocks, CompletableFuture<Void> future) {
        SendBatch batch = new SendBatch(future, blocks.size(), callbacks);
        if (closedReason != null) {
            batch.fail(closedReason);
            return;
        }
        for (LinkBlock block : blocks) {
            waiting.add(new Outgoing(block, batch));
        }
        pump();
    }

    /** Sends waiting blocks while the window and the channel's buffer allow. */
    void pump() {
        boolean wrote = false;
        while (closedReason == null && inFlightCount < window && !waiting.isEmpty() && channel.isWritable()) {
            Outgoing next = waiting.poll();
            if (next.batch().isDone()) {
                continue; // its batch was refused already: the caller re-sends it all later
            }
            if (inFlightCount == 0) {
                lastProgressNanos = System.nanoTime();
            }
            byte[] id = next.block().id();
            inFlight.computeIfAbsent(ByteBuffer.wrap(id), k -> new ArrayDeque<>()).add(next.batch());
            inFlightCount++;
            LinkFrame frame = new LinkFrame.BlockFrame(id, next.block().block());
            channel.write(session.seal(frame, channel.alloc()), channel.voidPromise());
            wrote = true;
        }
        if (wrote) {
            channel.flush();
        }
    }

    /** The peer stored the blocks with these ids; ids not in flight are ignored. */
    void acknowledged(List<byte[]> ids) {
        for (byte[] id : ids) {
            SendBatch batch = takeInFlight(id);
            if (batch != null) {
                batch.blockStored();
            }
        }
        pump();
    }

    /** The peer did not store the blocks with these ids: their batches fail. */
    void refused(List<byte[]> ids) {
        for (byte[] id : ids) {
            SendBatch batch = takeInFlight(id);
            if (batch != null) {
                batch.fail(new LinkException("the contact did not store the blocks; send them again later"));
            }
        }
        pump();
    }

    /** Whether blocks have waited for an acknowledgement longer than the timeout allows. */
    boolean stalled() {
        return inFlightCount > 0 && System.nanoTime() - lastProgressNanos > ackTimeoutNanos;
    }

    /** Fails every batch still pending with {@code reason}; later sends fail at once. */
    void close(LinkException reason) {
        if (closedReason != null) {
            return;
        }
        closedReason = reason;
        inFlight.values().forEach(batches -> batches.forEach(b -> b.fail(reason)));
        waiting.forEach(o -> o.batch().fail(reason));
        inFlight.clear();
        waiting.clear();
        inFlightCount = 0;
    }

    private SendBatch takeInFlight(byte[] id) {
        ByteBuffer key = ByteBuffer.wrap(id);
        ArrayDeque<SendBatch> batches = inFlight.get(key);
        if (batches == null) {
            return null;
        }
        SendBatch batch = batches.poll();
        if (batches.isEmpty()) {
            inFlight.remove(key);
        }
        inFlightCount--;
        lastProgressNanos = System.nanoTime();
        return batch;
    }
}

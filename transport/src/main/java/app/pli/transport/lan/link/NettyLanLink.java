package app.pli.transport.lan.link;

import io.netty.channel.Channel;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * The {@link LanLink} over one Netty channel. Every state change runs on the channel's
 * event loop (the public methods post to it), which makes the link thread-safe without
 * locks.
 */
final class NettyLanLink implements LanLink {
    private final long peerId;
    private final boolean initiator;
    private final Channel channel;
    private final OutboundBlocks outbound;

    NettyLanLink(long peerId, boolean initiator, Channel channel, OutboundBlocks outbound) {
        this.peerId = peerId;
        this.initiator = initiator;
        this.channel = channel;
        this.outbound = outbound;
    }

    @Override
    public long peerId() {
        return peerId;
    }

    @Override
    public boolean initiator() {
        return initiator;
    }

    @Override
    public boolean isOpen() {
        return channel.isActive();
    }

    @Override
    public CompletableFuture<Void> send(List<LinkBlock> blocks) {
        Objects.requireNonNull(blocks, "blocks");
        List<LinkBlock> copy = List.copyOf(blocks);
        CompletableFuture<Void> future = new CompletableFuture<>();
        if (copy.isEmpty()) {
            future.complete(null);
            return future;
        }
        try {
            channel.eventLoop().execute(() -> outbound.enqueue(copy, future));
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(new LinkException("the LAN link is shut down", e));
        }
        return future;
    }

    @Override
    public void close() {
        channel.close();
    }

    @Override
    public String toString() {
        return "LanLink[peer " + peerId + (initiator ? ", initiator" : ", responder") + "]";
    }
}

package app.pli.transport.lan.link;

import io.netty.channel.Channel;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * The {@link LanLink} over one Netty channel. Every state change runs on the channel's
 * event loop (the public methods post to it), which makes the link thread-safe without
 * locks. File frames are sealed there too, written at once and flushed together once the
 * tasks queued before the flush have run.
 */
final class NettyLanLink implements LanLink {
    private final long peerId;
    private final boolean initiator;
    private final Channel channel;
    private final LinkSession session;
    private final OutboundBlocks outbound;
    private boolean flushQueued; // event loop only

    NettyLanLink(long peerId, boolean initiator, Channel channel, LinkSession session, OutboundBlocks outbound) {
        this.peerId = peerId;
        this.initiator = initiator;
        this.channel = channel;
        this.session = session;
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
    public boolean requestFile(byte[] fileId, int first, int count) {
        return post(new LinkFrame.FileRequestFrame(copy(fileId, "fileId"), first, count));
    }

    @Override
    public boolean sendFileBlock(byte[] fileId, int index, byte[] block) {
        return post(new LinkFrame.FileBlockFrame(copy(fileId, "fileId"), index, copy(block, "block")));
    }

    @Override
    public boolean fileMissing(byte[] fileId, int first, int count) {
        return post(new LinkFrame.FileMissingFrame(copy(fileId, "fileId"), first, count));
    }

    @Override
    public void close() {
        channel.close();
    }

    /** Hands {@code frame} to the event loop for {@link #write}; false if the link is closed. */
    private boolean post(LinkFrame frame) {
        if (!channel.isActive()) {
            return false;
        }
        try {
            channel.eventLoop().execute(() -> write(frame));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** On the event loop: seals and writes {@code frame} unless the link closed meanwhile. */
    private void write(LinkFrame frame) {
        if (!channel.isActive()) {
            return; // the session may be destroyed already
        }
        channel.write(session.seal(frame, channel.alloc()), channel.voidPromise());
        if (!flushQueued) {
            flushQueued = true;
            channel.eventLoop().execute(() -> {
                flushQueued = false;
                channel.flush();
            });
        }
    }

    /** A copy of {@code bytes}: the caller may reuse its array before the frame is sealed. */
    private static byte[] copy(byte[] bytes, String field) {
        return Objects.requireNonNull(bytes, field).clone();
    }

    @Override
    public String toString() {
        return "LanLink[peer " + peerId + (initiator ? ", initiator" : ", responder") + "]";
    }
}

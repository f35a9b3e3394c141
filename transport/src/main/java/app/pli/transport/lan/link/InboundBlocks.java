package app.pli.transport.lan.link;

import app.pli.core.error.PliException;
import io.netty.channel.Channel;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The receiving half of a link: gathers the blocks of one read, hands them to the
 * {@link LinkListener} on the link's serial callbacks, and answers with acknowledgements
 * (stored) or refusals (the listener threw), at most {@value LinkConstants#MAX_ACK_IDS} ids
 * per frame. It also hands file frames to the listener, on the same serial callbacks.
 *
 * <p>It stops reading while {@code window} blocks and file frames are pending (blocks not
 * yet answered, file frames not yet through the listener) or the channel's outbound buffer
 * is full, so a peer that sends faster than the listener keeps up, or does not read its
 * answers, cannot make the link hold more. Confined to the link's event loop, apart from the
 * listener call.
 */
final class InboundBlocks {
    private static final System.Logger LOG = System.getLogger(InboundBlocks.class.getName());

    private final Channel channel;
    private final LinkSession session;
    private final long peerId;
    private final LinkListener listener;
    private final Executor serialCallbacks;
    private final int window;
    private List<LinkBlock> gathered = new ArrayList<>();
    private int pending;

    InboundBlocks(Channel channel, LinkSession session, long peerId, LinkListener listener,
            Executor serialCallbacks, int window) {
        this.channel = channel;
        this.session = session;
        this.peerId = peerId;
        this.listener = listener;
        this.serialCallbacks = serialCallbacks;
        this.window = window;
    }

    /** A block frame arrived. */
    void received(LinkFrame.BlockFrame frame) {
        gathered.add(new LinkBlock(frame.blockId(), frame.block()));
        pending++;
        throttle();
    }

    /** A file frame arrived: {@code call} gives it to the listener. */
    void deliver(Runnable call) {
        pending++;
        throttle();
        serialCallbacks.execute(() -> {
            try {
                call.run();
            } finally {
                channel.eventLoop().execute(() -> {
                    pending--;
                    throttle();
                });
            }
        });
    }

    /** The current read is over: hands what it brought to the listener. */
    void readComplete() {
        if (gathered.isEmpty()) {
            return;
        }
        List<LinkBlock> blocks = List.copyOf(gathered);
        gathered = new ArrayList<>();
        serialCallbacks.execute(() -> {
            boolean stored = store(blocks);
            channel.eventLoop().execute(() -> answer(blocks, stored));
        });
    }

    /** Reading resumes or pauses as the window and the outbound buffer allow. */
    void throttle() {
        channel.config().setAutoRead(pending < window && channel.isWritable());
    }

    private boolean store(List<LinkBlock> blocks) {
        try {
            listener.onBlocks(peerId, blocks);
            return true;
        } catch (PliException e) {
            LOG.log(Level.INFO, "LAN blocks not stored, refused to the sender: " + e.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "LAN link listener failed, blocks refused to the sender: "
                    + e.getClass().getSimpleName());
            return false;
        }
    }

    private void answer(List<LinkBlock> blocks, boolean stored) {
        pending -= blocks.size();
        if (!channel.isActive()) {
            return;
        }
        for (int from = 0; from < blocks.size(); from += LinkConstants.MAX_ACK_IDS) {
            List<byte[]> ids = new ArrayList<>();
            for (LinkBlock block : blocks.subList(from, Math.min(blocks.size(), from + LinkConstants.MAX_ACK_IDS))) {
                ids.add(block.id());
            }
            LinkFrame frame = stored ? new LinkFrame.AckFrame(ids) : new LinkFrame.RefuseFrame(ids);
            channel.write(session.seal(frame, channel.alloc()), channel.voidPromise());
        }
        channel.flush();
        throttle();
    }
}

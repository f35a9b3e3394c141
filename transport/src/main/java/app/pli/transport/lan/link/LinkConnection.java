package app.pli.transport.lan.link;

import app.pli.transport.concurrent.SerialExecutor;
import app.pli.transport.noise.NoiseException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * An established contact link on one connection: opens each transport message
 * (authenticating before anything decodes it), gives block and file frames to its
 * {@link InboundBlocks} and acknowledgements to its {@link OutboundBlocks}, pings when idle,
 * and reports the link up and down to the listener.
 *
 * <p>Key confirmation: KK's second message proves the responder to the initiator, but the
 * first message alone does not prove the initiator (it may be replayed). So the initiator
 * sends a ping at once, and the responder reports the link up only when a first transport
 * frame authenticates, closing it if none does within the handshake timeout.
 *
 * <p>A message that fails authentication or decoding, a frame the link never uses, a peer
 * silent past the idle timeout, or one that stops acknowledging closes the connection
 * without an answer. Confined to the channel's event loop.
 */
final class LinkConnection extends ChannelInboundHandlerAdapter {
    private static final System.Logger LOG = System.getLogger(LinkConnection.class.getName());

    private final LinkSession session;
    private final long peerId;
    private final LinkListener listener;
    private final SerialExecutor serialCallbacks;
    private final OutboundBlocks outbound;
    private final InboundBlocks inbound;
    private final ScheduledFuture<?> watchdog;
    private LanLink link;
    private ScheduledFuture<?> confirmationTimer;
    private boolean up;

    private LinkConnection(ChannelHandlerContext ctx, LinkSession session, long peerId, LinkListener listener,
            LanLinkOptions options) {
        this.session = session;
        this.peerId = peerId;
        this.listener = listener;
        this.serialCallbacks = new SerialExecutor(LinkThreads.callbacks());
        this.outbound = new OutboundBlocks(ctx.channel(), session, options.window(), options.ackTimeout(),
                LinkThreads.callbacks());
        this.inbound = new InboundBlocks(ctx.channel(), session, peerId, listener, serialCallbacks, options.window());
        long period = Math.max(1, options.ackTimeout().toMillis() / 4);
        this.watchdog = ctx.executor().scheduleAtFixedRate(() -> {
            if (outbound.stalled()) {
                ctx.close();
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Replaces the handshake handler {@code ctx} belongs to with a link handler; call on the
     * event loop once the handshake finished. The initiator's link is up at once (and the
     * returned link usable); the responder's once the peer confirms.
     */
    static LanLink attach(ChannelHandlerContext ctx, LinkSession session, long peerId, boolean initiator,
            LinkListener listener, LanLinkOptions options) {
        LinkConnection connection = new LinkConnection(ctx, session, peerId, listener, options);
        connection.link = new NettyLanLink(peerId, initiator, ctx.channel(), session, connection.outbound);
        ctx.pipeline().replace(ctx.handler(), "lan-link", connection);
        if (initiator) {
            ctx.channel().writeAndFlush(session.seal(new LinkFrame.PingFrame(0), ctx.alloc()),
                    ctx.channel().voidPromise());
            connection.reportUp();
        } else {
            connection.confirmationTimer = ctx.executor().schedule(() -> {
                ctx.close();
            }, options.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        return connection.link;
    }

    private void reportUp() {
        up = true;
        if (confirmationTimer != null) {
            confirmationTimer.cancel(false);
        }
        serialCallbacks.execute(() -> listener.onLinkUp(peerId, link));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        LinkFrame frame;
        try {
            frame = session.open((byte[]) msg);
        } catch (NoiseException | MalformedLinkFrameException e) {
            LOG.log(Level.DEBUG, "LAN link closed: " + e.getMessage());
            ctx.close();
            return;
        }
        if (frame instanceof LinkFrame.IntroPart) {
            ctx.close(); // an introduction frame has no place on a contact link
            return;
        }
        if (!up) {
            reportUp();
        }
        if (frame instanceof LinkFrame.BlockFrame block) {
            inbound.received(block);
        } else if (frame instanceof LinkFrame.AckFrame ack) {
            outbound.acknowledged(ack.blockIds());
        } else if (frame instanceof LinkFrame.RefuseFrame refuse) {
            outbound.refused(refuse.blockIds());
        } else if (frame instanceof LinkFrame.FileRequestFrame request) {
            inbound.deliver(() -> listener.onFileRequest(peerId, link, request.fileId(), request.first(),
                    request.count()));
        } else if (frame instanceof LinkFrame.FileBlockFrame block) {
            inbound.deliver(() -> listener.onFileBlock(peerId, block.fileId(), block.index(), block.block()));
        } else if (frame instanceof LinkFrame.FileMissingFrame missing) {
            inbound.deliver(() -> listener.onFileMissing(peerId, missing.fileId(), missing.first(),
                    missing.count()));
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        inbound.readComplete();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent idle) {
            if (idle.state() == IdleState.WRITER_IDLE) {
                ctx.writeAndFlush(session.seal(new LinkFrame.PingFrame(0), ctx.alloc()), ctx.voidPromise());
            } else if (idle.state() == IdleState.READER_IDLE) {
                ctx.close();
            }
        } else if (event == LinkMessageDecoder.BadLength.INSTANCE) {
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        inbound.throttle();
        outbound.pump();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        watchdog.cancel(false);
        if (confirmationTimer != null) {
            confirmationTimer.cancel(false);
        }
        outbound.close(new LinkException("the LAN link closed before the contact acknowledged every block"));
        session.destroy();
        if (up) {
            serialCallbacks.execute(() -> listener.onLinkDown(peerId));
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Usually a reset by the peer. Only the type is logged: messages may hold addresses.
        LOG.log(Level.DEBUG, "LAN link failed: " + cause.getClass().getSimpleName());
        ctx.close();
    }
}

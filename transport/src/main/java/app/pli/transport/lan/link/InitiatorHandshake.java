package app.pli.transport.lan.link;

import app.pli.transport.noise.NoiseException;
import app.pli.transport.noise.NoiseHandshake;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The initiator side of a LAN handshake on a connection this side opened: sends message 1
 * as soon as the connection is up, reads message 2 (which must carry an empty payload), and
 * hands the session to what follows. A refused or late handshake, or a connection closed
 * before message 2, reports one {@link LinkException} and closes.
 *
 * <p>Confined to the channel's event loop.
 */
final class InitiatorHandshake extends ChannelInboundHandlerAdapter {
    /** Installs what follows a finished handshake; runs on the event loop and replaces this handler. */
    @FunctionalInterface
    interface Established {
        void established(ChannelHandlerContext ctx, LinkSession session);
    }

    private static final byte[] EMPTY = new byte[0];

    private final NoiseHandshake handshake;
    private final LinkMessageDecoder decoder;
    private final Duration timeout;
    private final Established next;
    private final Consumer<LinkException> failed;
    private ScheduledFuture<?> timer;
    private boolean finished;

    InitiatorHandshake(NoiseHandshake handshake, LinkMessageDecoder decoder, Duration timeout, Established next,
            Consumer<LinkException> failed) {
        this.handshake = handshake;
        this.decoder = decoder;
        this.timeout = timeout;
        this.next = next;
        this.failed = failed;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        timer = ctx.executor().schedule(() -> fail(ctx, "the LAN handshake timed out"),
                timeout.toMillis(), TimeUnit.MILLISECONDS);
        ctx.writeAndFlush(LinkSession.lengthPrefixed(handshake.writeMessage(EMPTY), ctx.alloc()), ctx.voidPromise());
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (finished) {
            return;
        }
        try {
            if (handshake.readMessage((byte[]) msg).length != 0) {
                fail(ctx, "the LAN peer sent an unexpected handshake payload");
                return;
            }
        } catch (NoiseException e) {
            fail(ctx, "the LAN peer failed the handshake (not the expected key)");
            return;
        }
        finished = true;
        timer.cancel(false);
        LinkSession session = new LinkSession(handshake.split());
        decoder.enterTransportPhase();
        next.established(ctx, session);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event == LinkMessageDecoder.BadLength.INSTANCE) {
            fail(ctx, "the LAN peer sent a malformed handshake");
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        fail(ctx, "the LAN peer closed the connection during the handshake");
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(ctx, "the LAN connection failed during the handshake (" + cause.getClass().getSimpleName() + ")");
    }

    private void fail(ChannelHandlerContext ctx, String reason) {
        if (finished) {
            return;
        }
        finished = true;
        if (timer != null) {
            timer.cancel(false);
        }
        handshake.destroy();
        failed.accept(new LinkException(reason));
        ctx.close();
    }
}

package app.pli.transport.lan.link;

import app.pli.transport.noise.NoiseHandshake;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The responder side of a LAN handshake on an accepted connection. It reads the first
 * message, stops reading, lets its {@link Matcher} find the static key that opens it on the
 * trial thread, then answers with message 2 and hands the session to what follows.
 *
 * <p>A first message no key opens, a length the protocol never uses, a full trial queue, or
 * a handshake not finished within the timeout closes the connection without a byte sent.
 * Confined to the channel's event loop (apart from the matcher).
 */
final class ResponderHandshake extends ChannelInboundHandlerAdapter {
    /** Finds the handshake that accepts message 1, or returns null; runs on the trial thread. */
    @FunctionalInterface
    interface Matcher {
        HandshakeMatch match(byte[] message1);
    }

    /** Installs what follows a finished handshake; runs on the event loop and replaces this handler. */
    @FunctionalInterface
    interface Established {
        void established(ChannelHandlerContext ctx, long peerId, LinkSession session);
    }

    private static final System.Logger LOG = System.getLogger(ResponderHandshake.class.getName());
    private static final byte[] EMPTY = new byte[0];

    private final LinkMessageDecoder decoder;
    private final Duration timeout;
    private final Matcher matcher;
    private final Established next;
    private ScheduledFuture<?> timer;
    private boolean messageSeen;

    ResponderHandshake(LinkMessageDecoder decoder, Duration timeout, Matcher matcher, Established next) {
        this.decoder = decoder;
        this.timeout = timeout;
        this.matcher = matcher;
        this.next = next;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        timer = ctx.executor().schedule(() -> {
            ctx.close();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (messageSeen) {
            ctx.close(); // the decoder emits one handshake message; anything more is a bug or abuse
            return;
        }
        messageSeen = true;
        byte[] message1 = (byte[]) msg;
        ctx.channel().config().setAutoRead(false);
        try {
            LinkThreads.trials().execute(() -> {
                HandshakeMatch match = matchLogged(message1);
                ctx.executor().execute(() -> finish(ctx, match));
            });
        } catch (RejectedExecutionException e) {
            ctx.close();
        }
    }

    private HandshakeMatch matchLogged(byte[] message1) {
        try {
            return matcher.match(message1);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "LAN handshake trial failed: " + e.getClass().getSimpleName());
            return null;
        }
    }

    private void finish(ChannelHandlerContext ctx, HandshakeMatch match) {
        if (match == null) {
            ctx.close();
            return;
        }
        NoiseHandshake handshake = match.handshake();
        if (!ctx.channel().isActive()) {
            handshake.destroy();
            return;
        }
        byte[] reply = handshake.writeMessage(EMPTY);
        LinkSession session = new LinkSession(handshake.split());
        timer.cancel(false);
        decoder.enterTransportPhase();
        ctx.writeAndFlush(LinkSession.lengthPrefixed(reply, ctx.alloc()), ctx.voidPromise());
        next.established(ctx, match.peerId(), session);
        ctx.channel().config().setAutoRead(true);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event == LinkMessageDecoder.BadLength.INSTANCE) {
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (timer != null) {
            timer.cancel(false);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Usually a reset by the peer. Only the type is logged: messages may hold addresses.
        LOG.log(Level.DEBUG, "LAN handshake connection failed: " + cause.getClass().getSimpleName());
        ctx.close();
    }
}

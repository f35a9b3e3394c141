package app.pli.transport.relay.server;

import app.pli.transport.noise.NoiseException;
import app.pli.transport.noise.NoiseHandshake;
import app.pli.transport.relay.wire.MalformedFrameException;
import app.pli.transport.relay.wire.NoiseMessageDecoder;
import app.pli.transport.relay.wire.RelayConstants;
import app.pli.transport.relay.wire.RelayErrorCode;
import app.pli.transport.relay.wire.RelayFrame;
import app.pli.transport.relay.wire.RelayRequest;
import app.pli.transport.relay.wire.RelaySession;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One client connection to the relay: runs the responder side of the Noise NK handshake
 * within the handshake timeout, then opens each transport message (authenticating before
 * anything decodes it) and hands requests to its {@link RequestHandler}.
 *
 * <p>A message that fails authentication closes the connection silently (the session is
 * dead); one that authenticates but is malformed, or a length the protocol never uses,
 * gets a {@link RelayErrorCode#MALFORMED_FRAME} error and then the connection closes.
 * Confined to the channel's event loop.
 */
final class RelayConnection extends ChannelInboundHandlerAdapter {
    private static final System.Logger LOG = System.getLogger(RelayConnection.class.getName());
    private static final byte[] EMPTY = new byte[0];

    private final RelayContext relay;
    private final NoiseMessageDecoder decoder;
    private NoiseHandshake handshake;
    private ScheduledFuture<?> handshakeTimer;
    private RelaySession session;
    private ConnectionOutbox outbox;
    private RequestHandler requests;
    private boolean refusing;

    RelayConnection(RelayContext relay, NoiseMessageDecoder decoder) {
        this.relay = relay;
        this.decoder = decoder;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (relay.options().logConnections()) {
            LOG.log(Level.INFO, "relay connection from " + ctx.channel().remoteAddress());
        }
        handshake = NoiseHandshake.nkResponder(RelayConstants.PROLOGUE, relay.staticKey());
        handshakeTimer = ctx.executor().schedule(() -> {
            if (requests == null) {
                ctx.close();
            }
        }, relay.options().handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        byte[] message = (byte[]) msg;
        if (refusing) {
            return;
        }
        if (requests == null) {
            acceptHandshake(ctx, message);
            return;
        }
        RelayFrame frame;
        try {
            frame = session.open(message);
        } catch (NoiseException e) {
            ctx.close();
            return;
        } catch (MalformedFrameException e) {
            refuseConnection(e.getMessage());
            return;
        }
        if (frame instanceof RelayRequest request) {
            requests.handle(request);
        } else {
            refuseConnection("a relay accepts only request frames");
        }
    }

    private void acceptHandshake(ChannelHandlerContext ctx, byte[] message) {
        try {
            if (handshake.readMessage(message).length != 0) {
                ctx.close(); // version 1 sends an empty first payload
                return;
            }
        } catch (NoiseException e) {
            ctx.close();
            return;
        }
        byte[] reply = handshake.writeMessage(EMPTY);
        session = new RelaySession(handshake.split());
        handshake = null;
        handshakeTimer.cancel(false);
        decoder.enterTransportPhase();
        outbox = new ConnectionOutbox(ctx.channel(), session);
        requests = new RequestHandler(relay, ctx.channel(), outbox, session.handshakeHash());
        ctx.writeAndFlush(RelaySession.lengthPrefixed(reply, ctx.alloc()), ctx.voidPromise());
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event == NoiseMessageDecoder.BadMessageLength.INSTANCE) {
            if (requests == null) {
                ctx.close();
            } else {
                refuseConnection("a message has a length the protocol never uses");
            }
        } else if (event instanceof IdleStateEvent) {
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (requests != null) {
            requests.writabilityChanged();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (handshakeTimer != null) {
            handshakeTimer.cancel(false);
        }
        if (handshake != null) {
            handshake.destroy();
            handshake = null;
        }
        if (requests != null) {
            requests.closed();
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Usually a reset by the peer. Only the type is logged: messages may hold addresses.
        LOG.log(Level.DEBUG, "relay connection failed: " + cause.getClass().getSimpleName());
        ctx.close();
    }

    private void refuseConnection(String reason) {
        refusing = true;
        outbox.refuse(0, RelayErrorCode.MALFORMED_FRAME, reason);
    }
}

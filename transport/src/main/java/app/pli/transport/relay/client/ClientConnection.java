package app.pli.transport.relay.client;

import app.pli.transport.noise.NoiseException;
import app.pli.transport.noise.NoiseHandshake;
import app.pli.transport.relay.wire.MalformedFrameException;
import app.pli.transport.relay.wire.NoiseMessageDecoder;
import app.pli.transport.relay.wire.RelayConstants;
import app.pli.transport.relay.wire.RelayFrame;
import app.pli.transport.relay.wire.RelayRequest;
import app.pli.transport.relay.wire.RelayResponse;
import app.pli.transport.relay.wire.RelaySession;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One TCP connection of a {@link NettyRelayClient}: runs the initiator side of Noise NK
 * against the relay key in the address, then seals requests and opens responses. A
 * handshake that fails (a relay without that key) or does not finish in time, any message
 * that fails authentication or decoding, and a silent relay all close the connection; the
 * client then reconnects.
 *
 * <p>Confined to the client's event loop.
 */
final class ClientConnection extends ChannelInboundHandlerAdapter {
    private static final byte[] EMPTY = new byte[0];

    private final NettyRelayClient client;
    private final NoiseMessageDecoder decoder;
    private final Duration handshakeTimeout;
    private NoiseHandshake handshake;
    private RelaySession session;
    private SessionSigner signer;
    private Channel channel;

    ClientConnection(NettyRelayClient client, NoiseMessageDecoder decoder, Duration handshakeTimeout) {
        this.client = client;
        this.decoder = decoder;
        this.handshakeTimeout = handshakeTimeout;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        handshake = NoiseHandshake.nkInitiator(RelayConstants.PROLOGUE, client.address().relayKey());
        ctx.writeAndFlush(RelaySession.lengthPrefixed(handshake.writeMessage(EMPTY), ctx.alloc()), ctx.voidPromise());
        ctx.executor().schedule(() -> {
            if (session == null) {
                ctx.close();
            }
        }, handshakeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        byte[] message = (byte[]) msg;
        if (session == null) {
            finishHandshake(ctx, message);
            return;
        }
        RelayFrame frame;
        try {
            frame = session.open(message);
        } catch (NoiseException | MalformedFrameException e) {
            ctx.close();
            return;
        }
        if (frame instanceof RelayResponse response) {
            client.onResponse(this, response);
        } else {
            ctx.close();
        }
    }

    private void finishHandshake(ChannelHandlerContext ctx, byte[] message) {
        try {
            if (handshake.readMessage(message).length != 0) {
                ctx.close();
                return;
            }
        } catch (NoiseException e) {
            ctx.close();
            return;
        }
        session = new RelaySession(handshake.split());
        handshake = null;
        signer = new SessionSigner(session.handshakeHash());
        decoder.enterTransportPhase();
        client.onOpen(this);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent idle) {
            if (idle.state() == IdleState.WRITER_IDLE && session != null) {
                send(new RelayRequest.Ping(client.nextPingId()));
                flush();
            } else if (idle.state() == IdleState.READER_IDLE) {
                ctx.close();
            }
        } else if (event == NoiseMessageDecoder.BadMessageLength.INSTANCE) {
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (session != null && ctx.channel().isWritable()) {
            client.pump();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (handshake != null) {
            handshake.destroy();
            handshake = null;
        }
        client.onClosed(this);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }

    SessionSigner signer() {
        return signer;
    }

    boolean writable() {
        return channel.isWritable();
    }

    void send(RelayRequest request) {
        channel.write(session.seal(request, channel.alloc()), channel.voidPromise());
    }

    void flush() {
        channel.flush();
    }

    void close() {
        channel.close();
    }
}

package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.NoiseMessageDecoder;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * Sets up each accepted connection, or closes it at once when the relay already holds
 * {@link RelayServerOptions#maxConnections()}. Pipeline: flush consolidation (many pushes,
 * few syscalls), idle timeout, Noise message framing, then the {@link RelayConnection}.
 */
final class RelayChannelInitializer extends ChannelInitializer<SocketChannel> {
    /** Outbound bytes queued above which a connection counts as not writable (pushes and reads pause). */
    private static final int HIGH_WATER_BYTES = 256 * 1024;
    private static final int LOW_WATER_BYTES = 64 * 1024;
    private static final int FLUSHES_BEFORE_FORCED_FLUSH = 64;

    private final RelayContext relay;

    RelayChannelInitializer(RelayContext relay) {
        this.relay = relay;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        if (relay.openConnections().incrementAndGet() > relay.options().maxConnections()) {
            relay.openConnections().decrementAndGet();
            channel.close();
            return;
        }
        channel.closeFuture().addListener(f -> relay.openConnections().decrementAndGet());
        relay.channels().add(channel);
        channel.config().setWriteBufferWaterMark(new WriteBufferWaterMark(LOW_WATER_BYTES, HIGH_WATER_BYTES));
        NoiseMessageDecoder decoder = new NoiseMessageDecoder();
        channel.pipeline().addLast(
                new FlushConsolidationHandler(FLUSHES_BEFORE_FORCED_FLUSH, true),
                new IdleStateHandler(relay.options().idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS),
                decoder,
                new RelayConnection(relay, decoder));
    }
}

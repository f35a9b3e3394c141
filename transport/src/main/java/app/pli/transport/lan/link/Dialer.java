package app.pli.transport.lan.link;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.Consumer;

/** Opens outgoing TCP connections on the shared LAN event loops. */
final class Dialer {
    private Dialer() {}

    /** Connects to {@code address}; {@code setup} builds the pipeline before the connection is up. */
    static ChannelFuture dial(InetSocketAddress address, Duration connectTimeout, Consumer<SocketChannel> setup) {
        return bootstrap(connectTimeout, setup).connect(address);
    }

    /** As {@link #dial(InetSocketAddress, Duration, Consumer)}, from the local address {@code from} (any port). */
    static ChannelFuture dial(InetSocketAddress address, InetAddress from, Duration connectTimeout,
            Consumer<SocketChannel> setup) {
        return bootstrap(connectTimeout, setup).connect(address, new InetSocketAddress(from, 0));
    }

    private static Bootstrap bootstrap(Duration connectTimeout, Consumer<SocketChannel> setup) {
        return new Bootstrap()
                .group(LinkThreads.eventLoops())
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        setup.accept(channel);
                    }
                });
    }
}

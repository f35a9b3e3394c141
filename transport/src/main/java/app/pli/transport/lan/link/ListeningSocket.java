package app.pli.transport.lan.link;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A bound TCP listener on the shared LAN event loops that holds at most
 * {@code maxConnections} connections (a connection beyond it is closed on accept, before a
 * byte is read) and closes them all when it closes. The servers of this package sit on it.
 *
 * <p>Thread-safe.
 */
final class ListeningSocket {
    private final Channel listener;
    private final ChannelGroup connections;
    private final AtomicInteger open;

    private ListeningSocket(Channel listener, ChannelGroup connections, AtomicInteger open) {
        this.listener = listener;
        this.connections = connections;
        this.open = open;
    }

    /**
     * Binds {@code address} (port 0 picks a free port) and gives each accepted connection
     * within the cap to {@code setup}, on its event loop.
     *
     * @throws LinkException if the address cannot be bound
     */
    static ListeningSocket bind(InetSocketAddress address, int maxConnections, Consumer<SocketChannel> setup)
            throws LinkException {
        Objects.requireNonNull(address, "address");
        ChannelGroup connections = new DefaultChannelGroup("pli-lan", GlobalEventExecutor.INSTANCE);
        AtomicInteger open = new AtomicInteger();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(LinkThreads.eventLoops(), LinkThreads.eventLoops())
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        if (open.incrementAndGet() > maxConnections) {
                            open.decrementAndGet();
                            channel.close();
                            return;
                        }
                        channel.closeFuture().addListener(f -> open.decrementAndGet());
                        connections.add(channel);
                        setup.accept(channel);
                    }
                });
        ChannelFuture bound = bootstrap.bind(address).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new LinkException("cannot listen on the LAN address " + address + ": "
                    + bound.cause().getClass().getSimpleName(), bound.cause());
        }
        return new ListeningSocket(bound.channel(), connections, open);
    }

    /** The bound address; its port is the real one, also when 0 was asked for. */
    InetSocketAddress address() {
        return (InetSocketAddress) listener.localAddress();
    }

    /** Connections open now (handshaking or established). */
    int openConnections() {
        return open.get();
    }

    /** Stops accepting and closes every connection, waiting until they are closed. Idempotent. */
    void close() {
        listener.close().awaitUninterruptibly();
        connections.close().awaitUninterruptibly();
    }
}

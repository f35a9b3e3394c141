package app.pli.transport.lan.link;

import app.pli.core.crypto.X25519KeyPair;
import app.pli.transport.noise.NoiseHandshake;
import io.netty.channel.ChannelFuture;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens direct links to contacts on the LAN: connects, runs the initiator side of Noise KK
 * with this identity's X25519 key and the contact's, and reports the link to the listener
 * (as well as through the returned future). A server that does not hold the contact's key,
 * or does not know this identity, fails the handshake.
 *
 * <p>Thread-safe. {@link #close()} closes every link it opened and refuses new ones.
 */
public final class LanLinkConnector implements AutoCloseable {
    private final X25519KeyPair identity;
    private final LinkListener listener;
    private final LanLinkOptions options;
    private final ChannelGroup channels = new DefaultChannelGroup("pli-lan-out", GlobalEventExecutor.INSTANCE);
    private volatile boolean closed;

    public LanLinkConnector(X25519KeyPair identity, LinkListener listener, LanLinkOptions options) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Links to {@code peer} listening at {@code address}. The future completes with the link
     * once the handshake finished (the listener's {@code onLinkUp} runs too), or fails with a
     * {@link LinkException} when the connection or the handshake fails.
     */
    public CompletableFuture<LanLink> connect(InetSocketAddress address, LinkPeer peer) {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(peer, "peer");
        CompletableFuture<LanLink> result = new CompletableFuture<>();
        if (closed) {
            result.completeExceptionally(new LinkException("the LAN link connector is closed"));
            return result;
        }
        ChannelFuture connecting = Dialer.dial(address, options.connectTimeout(), channel -> setUp(channel, peer, result));
        channels.add(connecting.channel());
        connecting.addListener(f -> {
            if (!f.isSuccess()) {
                fail(result, new LinkException("cannot reach the contact over the LAN ("
                        + f.cause().getClass().getSimpleName() + ")", f.cause()));
            } else if (closed) {
                connecting.channel().close();
            }
        });
        return result;
    }

    private void setUp(SocketChannel channel, LinkPeer peer, CompletableFuture<LanLink> result) {
        LinkMessageDecoder decoder = new LinkMessageDecoder();
        NoiseHandshake handshake = NoiseHandshake.kkInitiator(LinkConstants.LINK_PROLOGUE, identity, peer.key());
        channel.pipeline().addLast(
                new IdleStateHandler(options.idleTimeout().toMillis(), options.pingInterval().toMillis(), 0,
                        TimeUnit.MILLISECONDS),
                decoder,
                new InitiatorHandshake(handshake, decoder, options.handshakeTimeout(),
                        (ctx, session) -> {
                            LanLink link = LinkConnection.attach(ctx, session, peer.id(), true, listener, options);
                            LinkThreads.callbacks().execute(() -> result.complete(link));
                        },
                        e -> fail(result, e)));
    }

    private static void fail(CompletableFuture<LanLink> result, LinkException e) {
        LinkThreads.callbacks().execute(() -> result.completeExceptionally(e));
    }

    /** Closes every link this connector opened (their pending sends fail) and refuses new ones. Idempotent. */
    @Override
    public void close() {
        closed = true;
        channels.close().awaitUninterruptibly();
    }
}

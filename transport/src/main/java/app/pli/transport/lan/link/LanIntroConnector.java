package app.pli.transport.lan.link;

import io.netty.channel.ChannelFuture;
import io.netty.channel.socket.SocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The accepting side of a LAN introduction ({@code pli accept} of a code with a LAN route):
 * connects to the endpoint in the code, runs Noise KK under the keys derived from the
 * code's one-time secret, sends the request (M1) and returns the answer (M2).
 *
 * <p>Thread-safe and stateless between exchanges; each exchange uses its own connection,
 * closed when it ends.
 */
public final class LanIntroConnector {
    private final LanLinkOptions options;

    public LanIntroConnector(LanLinkOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Sends {@code request} (1..4 blocks of 4096 bytes) to the introduction endpoint at
     * {@code endpoint} opened by {@code secret}. The future completes with the answer's blocks,
     * or fails with a {@link LinkException} when the endpoint cannot be reached, refuses the
     * secret, closes without answering, or the exchange outlasts the handshake timeout plus
     * the acknowledgement timeout.
     */
    public CompletableFuture<List<byte[]>> exchange(InetSocketAddress endpoint, byte[] secret, List<byte[]> request) {
        return exchange(endpoint, Optional.empty(), secret, request);
    }

    /** As {@link #exchange(InetSocketAddress, byte[], List)}, leaving from the local address {@code from} if given. */
    public CompletableFuture<List<byte[]>> exchange(InetSocketAddress endpoint, Optional<InetAddress> from,
            byte[] secret, List<byte[]> request) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(from, "from");
        List<LinkFrame.IntroPart> parts = IntroMessage.split(request);
        IntroKeys keys = IntroKeys.derive(secret);
        CompletableFuture<List<byte[]>> result = new CompletableFuture<>();
        Consumer<SocketChannel> setup = channel -> {
            LinkMessageDecoder decoder = new LinkMessageDecoder();
            channel.pipeline().addLast(decoder, new InitiatorHandshake(keys.connectorHandshake(), decoder,
                    options.handshakeTimeout(),
                    (ctx, session) -> IntroClientConnection.attach(ctx, session, parts, result),
                    e -> LinkThreads.callbacks().execute(() -> result.completeExceptionally(e))));
        };
        ChannelFuture connecting = from.isPresent()
                ? Dialer.dial(endpoint, from.get(), options.connectTimeout(), setup)
                : Dialer.dial(endpoint, options.connectTimeout(), setup);
        long lifetime = options.connectTimeout().plus(options.handshakeTimeout()).plus(options.ackTimeout()).toMillis();
        ScheduledFuture<?> deadline = LinkThreads.eventLoops().schedule(() -> {
            LinkThreads.callbacks().execute(() -> result.completeExceptionally(
                    new LinkException("the LAN introduction did not finish in time")));
            connecting.channel().close();
        }, lifetime, TimeUnit.MILLISECONDS);
        result.whenComplete((r, e) -> deadline.cancel(false));
        connecting.addListener(f -> {
            if (!f.isSuccess()) {
                LinkThreads.callbacks().execute(() -> result.completeExceptionally(new LinkException(
                        "cannot reach the LAN introduction endpoint (" + f.cause().getClass().getSimpleName() + ")",
                        f.cause())));
            }
        });
        return result;
    }
}

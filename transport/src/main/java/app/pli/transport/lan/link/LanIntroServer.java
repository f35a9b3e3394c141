package app.pli.transport.lan.link;

import app.pli.transport.noise.NoiseException;
import app.pli.transport.noise.NoiseHandshake;
import io.netty.channel.socket.SocketChannel;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Serves the LAN endpoint of one invitation ({@code pli invite --lan}): every connection
 * runs Noise KK under static keys derived from the invitation's one-time secret (see
 * {@code IntroKeys}), receives one request (M1, 1..4 blocks), and gets the
 * {@link IntroResponder}'s answer (M2) back before the server closes it. A connector without
 * the secret fails the handshake and is closed without a byte sent.
 *
 * <p>Serves any number of attempts until closed, each connection independent; at most
 * {@link LanLinkOptions#maxConnections()} at once, each closed after the handshake timeout
 * plus the acknowledgement timeout whatever it did. Thread-safe; {@link #close()} is
 * idempotent.
 */
public final class LanIntroServer implements AutoCloseable {
    private final ListeningSocket socket;

    private LanIntroServer(ListeningSocket socket) {
        this.socket = socket;
    }

    /**
     * Listens on {@code address} (an explicit interface address; port 0 picks a free port).
     *
     * @param secret the invitation's one-time secret, at least 16 bytes; not kept (only the
     *     keys derived from it are)
     * @throws LinkException if the address cannot be bound
     */
    public static LanIntroServer start(InetSocketAddress address, byte[] secret, IntroResponder responder,
            LanLinkOptions options) throws LinkException {
        Objects.requireNonNull(responder, "responder");
        Objects.requireNonNull(options, "options");
        IntroKeys keys = IntroKeys.derive(secret);
        return new LanIntroServer(ListeningSocket.bind(address, options.maxConnections(),
                channel -> setUp(channel, keys, responder, options)));
    }

    private static void setUp(SocketChannel channel, IntroKeys keys, IntroResponder responder,
            LanLinkOptions options) {
        long lifetime = options.handshakeTimeout().plus(options.ackTimeout()).toMillis();
        ScheduledFuture<?> deadline = channel.eventLoop().schedule(() -> {
            channel.close();
        }, lifetime, TimeUnit.MILLISECONDS);
        channel.closeFuture().addListener(f -> deadline.cancel(false));
        LinkMessageDecoder decoder = new LinkMessageDecoder();
        channel.pipeline().addLast(decoder, new ResponderHandshake(decoder, options.handshakeTimeout(),
                message1 -> tryKey(keys, message1),
                (ctx, peerId, session) -> ctx.pipeline().replace(ctx.handler(), "lan-intro",
                        new IntroServerConnection(session, responder))));
    }

    private static HandshakeMatch tryKey(IntroKeys keys, byte[] message1) {
        NoiseHandshake handshake = keys.serverHandshake();
        try {
            if (handshake.readMessage(message1).length == 0) {
                return new HandshakeMatch(0, handshake);
            }
        } catch (NoiseException e) {
            // Not the secret of this invitation.
        }
        handshake.destroy();
        return null;
    }

    /** The endpoint the invitation code names; its port is the real one, also when 0 was asked for. */
    public InetSocketAddress address() {
        return socket.address();
    }

    /** Connections open now. */
    public int openConnections() {
        return socket.openConnections();
    }

    /** Stops serving and closes every connection. Idempotent. */
    @Override
    public void close() {
        socket.close();
    }
}

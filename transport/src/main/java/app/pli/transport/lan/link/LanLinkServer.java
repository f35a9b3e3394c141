package app.pli.transport.lan.link;

import app.pli.core.crypto.X25519KeyPair;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Accepts direct links from contacts on the LAN: each connection runs the responder side
 * of Noise KK with this identity's X25519 key, trying the first message against every
 * contact key the supplier lists (at most {@link LanLinkOptions#maxTrialPeers()}); a peer
 * that is no contact is closed without a byte sent. An authenticated link is reported to
 * the listener with {@link LinkListener#onLinkUp}.
 *
 * <p>Bounds: {@link LanLinkOptions#maxConnections()} connections, the handshake timeout,
 * message lengths fixed by {@link LinkConstants}. Use: {@code try (LanLinkServer s =
 * LanLinkServer.start(...)) { announce(s.address()); ... }}. Thread-safe; {@link #close()}
 * is idempotent.
 */
public final class LanLinkServer implements AutoCloseable {
    private final ListeningSocket socket;

    private LanLinkServer(ListeningSocket socket) {
        this.socket = socket;
    }

    /**
     * Listens on {@code address} (an explicit interface address; port 0 picks a free port).
     *
     * @param identity this node's identity X25519 key pair
     * @param contacts the contacts that may link, asked anew for every connection
     * @param listener receives links, blocks and link ends
     * @throws LinkException if the address cannot be bound
     */
    public static LanLinkServer start(InetSocketAddress address, X25519KeyPair identity,
            Supplier<? extends Collection<LinkPeer>> contacts, LinkListener listener, LanLinkOptions options)
            throws LinkException {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(options, "options");
        PeerTrials trials = new PeerTrials(identity, contacts, options.maxTrialPeers());
        return new LanLinkServer(ListeningSocket.bind(address, options.maxConnections(),
                channel -> setUp(channel, trials, listener, options)));
    }

    private static void setUp(SocketChannel channel, PeerTrials trials, LinkListener listener, LanLinkOptions options) {
        LinkMessageDecoder decoder = new LinkMessageDecoder();
        channel.pipeline().addLast(
                new IdleStateHandler(options.idleTimeout().toMillis(), options.pingInterval().toMillis(), 0,
                        TimeUnit.MILLISECONDS),
                decoder,
                new ResponderHandshake(decoder, options.handshakeTimeout(), trials,
                        (ctx, peerId, session) -> LinkConnection.attach(ctx, session, peerId, false, listener,
                                options)));
    }

    /** The address links connect to; its port is the real one, also when 0 was asked for. */
    public InetSocketAddress address() {
        return socket.address();
    }

    /** Connections open now, handshaking or linked. */
    public int openConnections() {
        return socket.openConnections();
    }

    /** Stops accepting and closes every link (their pending sends fail). Idempotent. */
    @Override
    public void close() {
        socket.close();
    }
}

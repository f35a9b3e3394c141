package app.pli.transport.lan.link;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits and timeouts of LAN links and introduction channels.
 *
 * @param handshakeTimeout a connection whose Noise handshake has not finished by then is closed
 * @param ackTimeout a link whose peer acknowledged nothing for this long while blocks await
 *     acknowledgement is closed (its sends fail); an introduction exchange must finish within
 *     the handshake timeout plus this
 * @param idleTimeout a link that received nothing for this long is closed
 * @param pingInterval a link that sent nothing for this long sends a ping; shorter than
 *     {@code idleTimeout}
 * @param connectTimeout how long a connector waits for TCP to connect
 * @param maxConnections most connections one server holds at once (handshaking or not);
 *     more are closed on accept
 * @param maxTrialPeers most contact keys a server tries against one first handshake
 *     message, at most {@value LinkConstants#MAX_TRIAL_PEERS}
 * @param window most blocks a link has in flight without acknowledgement, and most blocks
 *     and file frames it holds from its peer, not yet through the listener, before it stops
 *     reading
 */
public record LanLinkOptions(Duration handshakeTimeout, Duration ackTimeout, Duration idleTimeout,
        Duration pingInterval, Duration connectTimeout, int maxConnections, int maxTrialPeers, int window) {
    public LanLinkOptions {
        positive(handshakeTimeout, "handshakeTimeout");
        positive(ackTimeout, "ackTimeout");
        positive(idleTimeout, "idleTimeout");
        positive(pingInterval, "pingInterval");
        positive(connectTimeout, "connectTimeout");
        if (pingInterval.compareTo(idleTimeout) >= 0) {
            throw new IllegalArgumentException("pingInterval must be shorter than idleTimeout");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive");
        }
        if (maxTrialPeers < 1 || maxTrialPeers > LinkConstants.MAX_TRIAL_PEERS) {
            throw new IllegalArgumentException("maxTrialPeers must be 1 to " + LinkConstants.MAX_TRIAL_PEERS);
        }
        if (window < 1 || window > 1024) {
            throw new IllegalArgumentException("window must be 1 to 1024 blocks");
        }
    }

    /**
     * Handshake 10 s, acknowledgements 30 s, idle 90 s with a ping every 30 s, connect 5 s,
     * 64 connections, 1024 trial keys, a window of 64 blocks (256 KiB).
     */
    public static LanLinkOptions defaults() {
        return new LanLinkOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(90),
                Duration.ofSeconds(30), Duration.ofSeconds(5), 64, LinkConstants.MAX_TRIAL_PEERS, 64);
    }

    /** These options with another handshake timeout. */
    public LanLinkOptions withHandshakeTimeout(Duration timeout) {
        return new LanLinkOptions(timeout, ackTimeout, idleTimeout, pingInterval, connectTimeout, maxConnections,
                maxTrialPeers, window);
    }

    /** These options with another acknowledgement timeout. */
    public LanLinkOptions withAckTimeout(Duration timeout) {
        return new LanLinkOptions(handshakeTimeout, timeout, idleTimeout, pingInterval, connectTimeout,
                maxConnections, maxTrialPeers, window);
    }

    /** These options with another idle timeout and ping interval. */
    public LanLinkOptions withIdleTimeout(Duration idle, Duration ping) {
        return new LanLinkOptions(handshakeTimeout, ackTimeout, idle, ping, connectTimeout, maxConnections,
                maxTrialPeers, window);
    }

    /** These options with another connection cap. */
    public LanLinkOptions withMaxConnections(int max) {
        return new LanLinkOptions(handshakeTimeout, ackTimeout, idleTimeout, pingInterval, connectTimeout, max,
                maxTrialPeers, window);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}

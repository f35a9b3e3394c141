package app.pli.transport.lan.discovery;

import java.net.InetSocketAddress;

/**
 * Told by {@link LanDiscovery} where a watched peer announces itself. Calls come one at a
 * time on discovery's single thread, so an implementation must not block for long.
 */
@FunctionalInterface
public interface PeerListener {
    /**
     * The peer with {@code id} was seen at {@code endpoint}: called when its record is first
     * recognized, when it appears under a new hourly name, and when its endpoint changes.
     * The endpoint is a hint; the link's handshake proves who answers there.
     */
    void found(long id, InetSocketAddress endpoint);
}

package app.pli.transport.lan.discovery;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The last name and endpoint under which each watched peer was reported, so that JmDNS's
 * repeated resolutions of one record cause one report. Holds at most one entry per watched
 * peer; not thread-safe (discovery's single thread owns it).
 */
final class PeerSightings {
    private record Sighting(String instanceName, InetSocketAddress endpoint) {}

    private final Map<Long, Sighting> last = new HashMap<>();

    /** Records the sighting; true when it is the peer's first, or its name or endpoint changed. */
    boolean record(long id, String instanceName, InetSocketAddress endpoint) {
        Sighting sighting = new Sighting(instanceName, endpoint);
        return !sighting.equals(last.put(id, sighting));
    }

    /** Forgets every peer whose id is not in {@code ids} (no longer watched). */
    void retain(Set<Long> ids) {
        last.keySet().retainAll(ids);
    }
}

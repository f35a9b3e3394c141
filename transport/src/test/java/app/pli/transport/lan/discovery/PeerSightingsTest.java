package app.pli.transport.lan.discovery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeerSightingsTest {
    private static final InetSocketAddress HERE = new InetSocketAddress("192.0.2.7", 4000);
    private static final InetSocketAddress THERE = new InetSocketAddress("192.0.2.8", 4000);

    @Test
    void reportsFirstSightingsAndChangesOnly() {
        PeerSightings sightings = new PeerSightings();
        assertTrue(sightings.record(1, "name-a", HERE));
        assertFalse(sightings.record(1, "name-a", HERE));
        assertTrue(sightings.record(1, "name-b", HERE));
        assertTrue(sightings.record(1, "name-b", THERE));
        assertTrue(sightings.record(2, "name-b", THERE));
    }

    @Test
    void forgetsPeersNoLongerWatched() {
        PeerSightings sightings = new PeerSightings();
        sightings.record(1, "name-a", HERE);
        sightings.record(2, "name-b", HERE);
        sightings.retain(Set.of(2L));
        assertTrue(sightings.record(1, "name-a", HERE));
        assertFalse(sightings.record(2, "name-b", HERE));
    }
}

package app.pli.transport.lan.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.X25519PublicKey;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpectedNamesTest {
    private static final long HOUR = 480_000;

    private static X25519PublicKey randomKey() throws CryptoException {
        return X25519PublicKey.of(CryptoRandom.bytes(32));
    }

    @Test
    void mapsTheNeighbouringHoursOfEachWatchedKeyToItsId() throws CryptoException {
        X25519PublicKey alice = randomKey();
        X25519PublicKey bob = randomKey();
        ExpectedNames names = ExpectedNames.compute(HOUR, randomKey(), List.of(new WatchedPeer(1, alice),
                new WatchedPeer(2, bob)));
        for (long hour = HOUR - 1; hour <= HOUR + 1; hour++) {
            assertEquals(OptionalLong.of(1), names.peerFor(LanNames.instanceName(alice, hour)));
            assertEquals(OptionalLong.of(2), names.peerFor(LanNames.instanceName(bob, hour)));
        }
        assertEquals(OptionalLong.empty(), names.peerFor(LanNames.instanceName(alice, HOUR + 2)));
        assertEquals(OptionalLong.empty(), names.peerFor(LanNames.instanceName(alice, HOUR - 2)));
        assertEquals(OptionalLong.empty(), names.peerFor(LanNames.instanceName(randomKey(), HOUR)));
        assertEquals(OptionalLong.empty(), names.peerFor(null));
        assertEquals(OptionalLong.empty(), names.peerFor("a".repeat(LanConstants.MAX_INSTANCE_NAME_CHARS + 1)));
        assertEquals(Set.of(1L, 2L), names.ids());
    }

    @Test
    void ownNamesAreNeverAPeerEvenWhenTheOwnKeyIsWatched() throws CryptoException {
        X25519PublicKey own = randomKey();
        ExpectedNames names = ExpectedNames.compute(HOUR, own, List.of(new WatchedPeer(9, own)));
        String ownName = LanNames.instanceName(own, HOUR);
        assertTrue(names.isOwn(ownName));
        assertEquals(OptionalLong.empty(), names.peerFor(ownName));
        assertFalse(names.isOwn(LanNames.instanceName(own, HOUR + 2)));
    }

    @Test
    void remembersWhatItWasComputedFrom() throws CryptoException {
        WatchedPeer peer = new WatchedPeer(1, randomKey());
        ExpectedNames names = ExpectedNames.compute(HOUR, randomKey(), List.of(peer));
        assertEquals(HOUR, names.hour());
        assertTrue(names.isFor(Set.of(new WatchedPeer(1, X25519PublicKey.of(peer.key().bytes())))));
        assertFalse(names.isFor(Set.of(peer, new WatchedPeer(2, randomKey()))));
        assertFalse(names.isFor(Set.of()));
    }
}

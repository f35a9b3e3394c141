package app.pli.transport.lan.discovery;

import app.pli.core.crypto.X25519PublicKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The instance names discovery accepts during one hour: every watched key's names for the
 * hours {@code h-1..h+1}, mapped to the peer's id, and the node's own names, which are
 * skipped. Immutable, so the JmDNS thread can consult it without a lock.
 *
 * <p>A hash lookup is not constant time, and need not be: the names are broadcast in the
 * clear, so the lookup can only reveal whether a name someone sent is expected, which the
 * sender could not have produced without the key.
 */
final class ExpectedNames {
    private final long hour;
    private final Set<WatchedPeer> watched;
    private final Map<String, Long> peerByName;
    private final Set<String> ownNames;

    private ExpectedNames(long hour, Set<WatchedPeer> watched, Map<String, Long> peerByName, Set<String> ownNames) {
        this.hour = hour;
        this.watched = watched;
        this.peerByName = peerByName;
        this.ownNames = ownNames;
    }

    /**
     * The names of {@code watched} and of {@code ownKey} around {@code hour}. When two
     * watched peers share a key, the first one listed keeps its names.
     */
    static ExpectedNames compute(long hour, X25519PublicKey ownKey, Collection<WatchedPeer> watched) {
        Set<WatchedPeer> peers = Set.copyOf(watched);
        Set<String> own = new HashSet<>(namesAround(ownKey, hour));
        Map<String, Long> byName = new HashMap<>();
        for (WatchedPeer peer : watched) {
            for (String name : namesAround(peer.key(), hour)) {
                if (!own.contains(name)) {
                    byName.putIfAbsent(name, peer.id());
                }
            }
        }
        return new ExpectedNames(hour, peers, Map.copyOf(byName), Set.copyOf(own));
    }

    /** The id of the watched peer that {@code instanceName} belongs to, or empty for a stranger or ourselves. */
    OptionalLong peerFor(String instanceName) {
        if (instanceName == null || instanceName.length() > LanConstants.MAX_INSTANCE_NAME_CHARS) {
            return OptionalLong.empty();
        }
        Long id = peerByName.get(instanceName);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    /** Whether {@code instanceName} is one of this node's own names. */
    boolean isOwn(String instanceName) {
        return instanceName != null && ownNames.contains(instanceName);
    }

    /** The hour these names were computed for. */
    long hour() {
        return hour;
    }

    /** The watched peers these names were computed from. */
    Set<WatchedPeer> watched() {
        return watched;
    }

    /** Whether these names were computed from exactly {@code peers}. */
    boolean isFor(Set<WatchedPeer> peers) {
        return watched.equals(peers);
    }

    /** The ids of the watched peers. */
    Set<Long> ids() {
        Set<Long> ids = new HashSet<>();
        for (WatchedPeer peer : watched) {
            ids.add(peer.id());
        }
        return ids;
    }

    private static Set<String> namesAround(X25519PublicKey key, long hour) {
        Set<String> names = new HashSet<>();
        for (long h = hour - LanConstants.HOUR_TOLERANCE; h <= hour + LanConstants.HOUR_TOLERANCE; h++) {
            names.add(LanNames.instanceName(key, h));
        }
        return names;
    }
}

package app.pli.core.memo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Results already computed, kept so a pure computation is not redone: at most
 * {@code capacity} entries, the least recently used evicted first. Thread-safe.
 *
 * <p>For values that depend only on their key (a public key decoded from its bytes, a
 * signature that verified): a caller puts only results that succeeded, so a failure is
 * always computed again and still fails. Keys must not be secrets (a labelled digest of
 * one is fine).
 *
 * @param <K> the key, with value equality
 * @param <V> the immutable result
 */
public final class BoundedMemo<K, V> {
    private final Map<K, V> entries;

    /** An empty memo holding at most {@code capacity} entries. */
    public BoundedMemo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The result stored for {@code key}, if it is still here. */
    public synchronized Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(key, "key")));
    }

    /** Stores {@code value} as the result for {@code key}. */
    public synchronized void put(K key, V value) {
        entries.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    }

    /**
     * The result stored for {@code key}, or else {@code computation}'s, which is stored when it
     * succeeds (it runs outside the lock: two threads may both compute a missing result).
     *
     * @throws X what the computation throws; nothing is stored then
     */
    public <X extends Exception> V computeIfAbsent(K key, Computation<V, X> computation) throws X {
        Optional<V> known = get(key);
        if (known.isPresent()) {
            return known.get();
        }
        V value = computation.compute();
        put(key, value);
        return value;
    }

    /** A computation whose result a memo keeps. */
    @FunctionalInterface
    public interface Computation<V, X extends Exception> {
        V compute() throws X;
    }

    /** How many results are stored now. */
    public synchronized int size() {
        return entries.size();
    }
}

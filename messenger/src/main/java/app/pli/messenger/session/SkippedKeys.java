package app.pli.messenger.session;

import app.pli.core.crypto.ConstantTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * Message keys skipped over in receiving chains (MKSKIPPED of the specification), keyed by
 * the chain's header key and the message number, kept in insertion order, each with the
 * time it was stored.
 *
 * <p>Invariant: at most {@link RatchetSession#MAX_STORED_SKIPPED} entries; storing more
 * evicts (and wipes) the oldest. Every array is owned by this object: keys are copied in
 * and wiped when they leave. Times are epoch seconds, never negative.
 */
final class SkippedKeys {
    /**
     * One stored key, where it belongs and when it was stored (epoch seconds); also the form
     * the codec reads and writes.
     */
    record Entry(byte[] headerKey, int number, byte[] messageKey, long storedAt) {}

    private final LinkedHashMap<Slot, Entry> keys = new LinkedHashMap<>();

    int size() {
        return keys.size();
    }

    /**
     * Stores the key of message {@code number} of the chain under {@code headerKey}, stored at
     * {@code storedAt} (epoch seconds, not negative); evicts the oldest past the cap.
     */
    void put(byte[] headerKey, int number, byte[] messageKey, long storedAt) {
        if (storedAt < 0) {
            throw new IllegalArgumentException("a skipped key's time is before 1970");
        }
        Entry entry = new Entry(headerKey.clone(), number, messageKey.clone(), storedAt);
        Slot slot = new Slot(entry.headerKey(), number);
        wipe(keys.remove(slot));
        keys.put(slot, entry);
        Iterator<Entry> oldestFirst = keys.values().iterator();
        while (keys.size() > RatchetSession.MAX_STORED_SKIPPED) {
            wipe(oldestFirst.next());
            oldestFirst.remove();
        }
    }

    /**
     * Drops and wipes every key stored before {@code cutoff} (epoch seconds); returns how many.
     * Scans every entry rather than stopping at the first young one: if the clock went back,
     * insertion order is not time order.
     */
    int expireBefore(long cutoff) {
        int dropped = 0;
        Iterator<Entry> all = keys.values().iterator();
        while (all.hasNext()) {
            Entry entry = all.next();
            if (entry.storedAt() < cutoff) {
                wipe(entry);
                all.remove();
                dropped++;
            }
        }
        return dropped;
    }

    boolean contains(byte[] headerKey, int number) {
        return keys.containsKey(new Slot(headerKey, number));
    }

    /** Removes and returns the key of message {@code number} under {@code headerKey}, or null if none is stored. */
    byte[] take(byte[] headerKey, int number) {
        Entry entry = keys.remove(new Slot(headerKey, number));
        if (entry == null) {
            return null;
        }
        RatchetKdf.wipe(entry.headerKey());
        return entry.messageKey();
    }

    /**
     * Copies of the header keys to try on an incoming header, oldest first. Keys of one chain are
     * stored next to each other, so dropping a key equal to the one before removes nearly
     * every repeat without comparing every pair.
     */
    List<byte[]> headerKeys() {
        List<byte[]> distinct = new ArrayList<>();
        byte[] last = null;
        for (Entry entry : keys.values()) {
            if (last == null || !ConstantTime.equals(last, entry.headerKey())) {
                last = entry.headerKey();
                distinct.add(last.clone());
            }
        }
        return distinct;
    }

    /** Every stored entry, oldest first; the arrays are this object's own: read, do not keep. */
    List<Entry> entries() {
        return new ArrayList<>(keys.values());
    }

    SkippedKeys copy() {
        SkippedKeys copy = new SkippedKeys();
        for (Entry entry : keys.values()) {
            Entry clone = new Entry(entry.headerKey().clone(), entry.number(), entry.messageKey().clone(),
                    entry.storedAt());
            copy.keys.put(new Slot(clone.headerKey(), clone.number()), clone);
        }
        return copy;
    }

    void wipe() {
        keys.values().forEach(SkippedKeys::wipe);
        keys.clear();
    }

    private static void wipe(Entry entry) {
        if (entry != null) {
            RatchetKdf.wipe(entry.headerKey(), entry.messageKey());
        }
    }

    /**
     * A map key. Its hash is the message number alone, so no secret byte decides where an
     * entry lands; header keys are compared in constant time.
     */
    private static final class Slot {
        private final byte[] headerKey;
        private final int number;

        Slot(byte[] headerKey, int number) {
            this.headerKey = Objects.requireNonNull(headerKey, "headerKey");
            this.number = number;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Slot other && number == other.number && ConstantTime.equals(headerKey, other.headerKey);
        }

        @Override
        public int hashCode() {
            return number;
        }
    }
}

package app.pli.messenger.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store of skipped keys on its own: expiry by time, eviction by count, and wiping. */
class RatchetSkippedKeysTest {
    private final SkippedKeys keys = new SkippedKeys();

    @Test
    void expireBeforeDropsExactlyTheOlderEntriesAndWipesThem() {
        long[] times = {100, 50, 300, 199, 200, 201};   // out of order, as after the clock went back
        for (int i = 0; i < times.length; i++) {
            keys.put(key(1, i), i, key(2, i), times[i]);
        }
        List<SkippedKeys.Entry> stored = keys.entries();   // the store's own arrays

        assertEquals(3, keys.expireBefore(200));

        assertEquals(3, keys.size());
        assertEquals(List.of(2, 4, 5), keys.entries().stream().map(SkippedKeys.Entry::number).toList());
        for (SkippedKeys.Entry entry : stored) {
            boolean old = entry.storedAt() < 200;
            assertEquals(old, isZero(entry.headerKey()), "header key of " + entry.number());
            assertEquals(old, isZero(entry.messageKey()), "message key of " + entry.number());
            assertEquals(!old, keys.contains(key(1, entry.number()), entry.number()));
        }
        assertEquals(0, keys.expireBefore(200));
    }

    @Test
    void theCountCapStillEvictsTheOldestFirstAndWipesIt() {
        for (int i = 0; i < RatchetSession.MAX_STORED_SKIPPED; i++) {
            keys.put(key(1, i), i, key(2, i), 1_000 + i);
        }
        SkippedKeys.Entry oldest = keys.entries().get(0);
        keys.put(key(1, 9_999), 9_999, key(2, 9_999), 5_000);
        assertEquals(RatchetSession.MAX_STORED_SKIPPED, keys.size());
        assertFalse(keys.contains(key(1, 0), 0));
        assertTrue(isZero(oldest.headerKey()) && isZero(oldest.messageKey()));
        assertTrue(keys.contains(key(1, 1), 1));
        assertEquals(1, keys.entries().get(0).number());
    }

    @Test
    void aCopyKeepsTheTimesAndOwnsItsArrays() {
        keys.put(key(1, 0), 0, key(2, 0), 42);
        SkippedKeys copy = keys.copy();
        assertEquals(1, keys.expireBefore(43));
        SkippedKeys.Entry copied = copy.entries().get(0);
        assertEquals(42, copied.storedAt());
        assertArrayEquals(key(2, 0), copied.messageKey());
    }

    @Test
    void aTimeBefore1970IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> keys.put(key(1, 0), 0, key(2, 0), -1));
        assertEquals(0, keys.size());
    }

    /** 32 non-zero bytes, distinct per {@code kind} and {@code i}. */
    private static byte[] key(int kind, int i) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) (kind * 16 + 1));
        key[0] = (byte) i;
        key[1] = (byte) (i >> 8);
        return key;
    }

    private static boolean isZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}

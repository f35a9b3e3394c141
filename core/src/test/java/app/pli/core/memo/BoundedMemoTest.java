package app.pli.core.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {
    @Test
    void returnsWhatWasPut() {
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(4);
        assertTrue(memo.get("a").isEmpty());
        memo.put("a", 1);
        assertEquals(Optional.of(1), memo.get("a"));
    }

    @Test
    void evictsTheLeastRecentlyUsedBeyondCapacity() {
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(2);
        memo.put("a", 1);
        memo.put("b", 2);
        memo.get("a"); // a is now more recent than b
        memo.put("c", 3);
        assertEquals(2, memo.size());
        assertEquals(Optional.of(1), memo.get("a"));
        assertTrue(memo.get("b").isEmpty());
        assertEquals(Optional.of(3), memo.get("c"));
    }

    @Test
    void computesOnceAndNeverKeepsAFailure() throws Exception {
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(4);
        int[] runs = {0};
        assertEquals(7, memo.computeIfAbsent("a", () -> ++runs[0] + 6));
        assertEquals(7, memo.computeIfAbsent("a", () -> ++runs[0] + 6));
        assertEquals(1, runs[0], "the second call is answered from the memo");
        assertThrows(IOException.class, () -> memo.computeIfAbsent("b", () -> {
            throw new IOException("failed");
        }));
        assertTrue(memo.get("b").isEmpty(), "a failure is not remembered");
    }

    @Test
    void refusesNonPositiveCapacityAndNulls() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedMemo<String, String>(0));
        BoundedMemo<String, String> memo = new BoundedMemo<>(1);
        assertThrows(NullPointerException.class, () -> memo.put("a", null));
        assertThrows(NullPointerException.class, () -> memo.get(null));
    }
}

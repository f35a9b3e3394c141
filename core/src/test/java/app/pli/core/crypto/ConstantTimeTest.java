package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** ConstantTime.equals results (not timing) and CryptoRandom basics. */
class ConstantTimeTest {
    @Test
    void equalsComparesContentAndLength() {
        assertTrue(ConstantTime.equals(new byte[0], new byte[0]));
        assertTrue(ConstantTime.equals(new byte[] {1, 2, 3}, new byte[] {1, 2, 3}));
        assertFalse(ConstantTime.equals(new byte[] {1, 2, 3}, new byte[] {1, 2, 4}));
        assertFalse(ConstantTime.equals(new byte[] {0, 2, 3}, new byte[] {1, 2, 3}));
        assertFalse(ConstantTime.equals(new byte[] {1, 2, 3}, new byte[] {1, 2}));
        assertFalse(ConstantTime.equals(new byte[] {1, 2}, new byte[] {1, 2, 3}));
    }

    @Test
    void randomBytesHaveTheAskedLengthAndDiffer() {
        assertEquals(0, CryptoRandom.bytes(0).length);
        assertEquals(32, CryptoRandom.bytes(32).length);
        assertFalse(Arrays.equals(CryptoRandom.bytes(32), CryptoRandom.bytes(32)));
        assertThrows(IllegalArgumentException.class, () -> CryptoRandom.bytes(-1));
    }
}

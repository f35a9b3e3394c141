package app.pli.core.block;

import static app.pli.core.block.BlockConstants.BLOCK_SIZE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, BLOCK_SIZE - 1, BLOCK_SIZE + 1, 2 * BLOCK_SIZE})
    void rejectsAnyLengthButBlockSize(int length) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Block.of(new byte[length]));
        assertEquals("a block holds exactly 4096 bytes, not " + length, e.getMessage());
    }

    @Test
    void copiesBytesInAndOut() {
        byte[] source = filled((byte) 7);
        Block block = Block.of(source);
        source[0] = 1;
        byte[] out = block.bytes();
        out[1] = 2;
        assertArrayEquals(filled((byte) 7), block.bytes());
    }

    @Test
    void comparesByValue() {
        Block a = Block.of(filled((byte) 3));
        Block b = Block.of(filled((byte) 3));
        byte[] different = filled((byte) 3);
        different[BLOCK_SIZE - 1] = 4;
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Block.of(different));
        assertNotEquals(a, null);
    }

    @Test
    void toStringHidesContents() {
        String text = Block.of(filled((byte) 0x41)).toString();
        assertEquals("Block[4096 bytes]", text);
        assertFalse(text.contains("AAAA"));
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[BLOCK_SIZE];
        Arrays.fill(bytes, value);
        return bytes;
    }
}

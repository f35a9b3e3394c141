package app.pli.core.block;

import static app.pli.core.block.BlockConstants.BLOCK_SIZE;
import static app.pli.core.block.BlockConstants.MAX_BLOCKS_PER_PAYLOAD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BlockPaddingPropertyTest {
    private static final byte MARKER = (byte) 0x80;

    @Provide
    Arbitrary<byte[]> payloads() {
        return Payloads.payloads();
    }

    @Provide
    Arbitrary<Integer> reserves() {
        return Payloads.reserves();
    }

    /** Bytes that can never be mistaken for padding: neither zero nor the marker. */
    @Provide
    Arbitrary<Byte> foreignBytes() {
        return Arbitraries.bytes().filter(b -> b != 0 && b != MARKER);
    }

    @Property
    void unpadInvertsPad(@ForAll("payloads") byte[] payload, @ForAll("reserves") int reserve)
            throws BlockFormatException {
        assertArrayEquals(payload, BlockPadding.unpad(BlockPadding.pad(payload, reserve)));
    }

    @Property
    void paddedLengthIsTheMinimalFit(@ForAll("payloads") byte[] payload, @ForAll("reserves") int reserve) {
        int length = BlockPadding.pad(payload, reserve).length;
        assertEquals(length, BlockPadding.paddedLength(payload.length, reserve));
        assertEquals(0, (length + reserve) % BLOCK_SIZE, "padded length plus reserve fills whole blocks");
        assertTrue(length + reserve > 0);
        assertTrue(length >= payload.length + 1, "room for the payload and the marker");
        assertTrue(length - BLOCK_SIZE < payload.length + 1, "one block less would not fit");
    }

    @Property
    void padWritesMarkerThenZeros(@ForAll("payloads") byte[] payload, @ForAll("reserves") int reserve) {
        byte[] padded = BlockPadding.pad(payload, reserve);
        assertArrayEquals(payload, Arrays.copyOfRange(padded, 0, payload.length));
        assertEquals(MARKER, padded[payload.length]);
        for (int i = payload.length + 1; i < padded.length; i++) {
            assertEquals(0, padded[i]);
        }
    }

    @Property
    void blocksRoundTrip(@ForAll("payloads") byte[] payload) throws BlockFormatException {
        List<Block> blocks = BlockPadding.padToBlocks(payload);
        assertEquals((payload.length + 1 + BLOCK_SIZE - 1) / BLOCK_SIZE, blocks.size());
        assertArrayEquals(payload, BlockPadding.unpadBlocks(blocks));
    }

    @Property
    void aForeignByteAfterTheMarkerIsRejected(@ForAll("payloads") byte[] payload,
            @ForAll("reserves") int reserve, @ForAll @IntRange(min = 0, max = BLOCK_SIZE) int where,
            @ForAll("foreignBytes") byte foreign) {
        byte[] padded = BlockPadding.pad(payload, reserve);
        int zeros = padded.length - payload.length - 1;
        Assume.that(zeros > 0);
        padded[payload.length + 1 + where % zeros] = foreign;
        assertThrows(BlockFormatException.class, () -> BlockPadding.unpad(padded));
    }

    @Property
    void aForeignMarkerIsRejected(@ForAll("payloads") byte[] payload, @ForAll("reserves") int reserve,
            @ForAll("foreignBytes") byte foreign) {
        byte[] padded = BlockPadding.pad(payload, reserve);
        padded[payload.length] = foreign;
        assertThrows(BlockFormatException.class, () -> BlockPadding.unpad(padded));
    }

    @Property
    void aMissingMarkerIsRejected(@ForAll("payloads") byte[] payload, @ForAll("reserves") int reserve) {
        byte[] padded = BlockPadding.pad(withoutMarkerBytes(payload), reserve);
        padded[payload.length] = 0;
        assertThrows(BlockFormatException.class, () -> BlockPadding.unpad(padded));
    }

    @Property
    void truncationBeforeTheMarkerIsRejected(@ForAll("payloads") byte[] payload,
            @ForAll("reserves") int reserve, @ForAll @IntRange(min = 0, max = Payloads.MAX_LENGTH) int cut) {
        byte[] clean = withoutMarkerBytes(payload);
        byte[] truncated = Arrays.copyOf(BlockPadding.pad(clean, reserve), cut % (clean.length + 1));
        assertThrows(BlockFormatException.class, () -> BlockPadding.unpad(truncated));
    }

    /** Whatever bytes unpad accepts, they are the result followed by 0x80 and fewer than a block of zeros. */
    @Property
    void unpadAcceptsOnlyPaddingShapedInput(@ForAll("payloads") byte[] payload, @ForAll("reserves") int reserve,
            @ForAll @IntRange(min = 0, max = 3 * BLOCK_SIZE) int where, @ForAll byte value) {
        byte[] input = BlockPadding.pad(payload, reserve);
        input[where % input.length] = value;
        try {
            byte[] result = BlockPadding.unpad(input);
            int zeros = input.length - result.length - 1;
            assertTrue(zeros >= 0 && zeros < BLOCK_SIZE);
            assertArrayEquals(result, Arrays.copyOf(input, result.length));
            assertEquals(MARKER, input[result.length]);
            assertTrue(isAllZero(input, result.length + 1));
        } catch (BlockFormatException rejected) {
            assertTrue(rejected.getMessage().startsWith("padding is malformed"));
        }
    }

    @Example
    void rejectsPaddingLongerThanABlock() {
        byte[] input = new byte[1 + BLOCK_SIZE + 1];
        input[1] = MARKER;
        BlockFormatException e = assertThrows(BlockFormatException.class, () -> BlockPadding.unpad(input));
        assertEquals("padding is malformed: no 0x80 marker within the last 4096 bytes", e.getMessage());
    }

    @Example
    void rejectsEmptyAndAllZeroInput() {
        assertThrows(BlockFormatException.class, () -> BlockPadding.unpad(new byte[0]));
        assertThrows(BlockFormatException.class, () -> BlockPadding.unpad(new byte[BLOCK_SIZE]));
    }

    @Example
    void rejectsBadReserves() {
        assertThrows(IllegalArgumentException.class, () -> BlockPadding.pad(new byte[1], -1));
        assertThrows(IllegalArgumentException.class, () -> BlockPadding.pad(new byte[1], BLOCK_SIZE));
    }

    @Example
    void capsThePayloadAtMaxBlocks() throws BlockFormatException {
        int max = BlockPadding.maxPayloadBytes(40);
        assertEquals(MAX_BLOCKS_PER_PAYLOAD * BLOCK_SIZE - 41, max);
        assertEquals(MAX_BLOCKS_PER_PAYLOAD * BLOCK_SIZE - 40, BlockPadding.pad(new byte[max], 40).length);
        assertThrows(IllegalArgumentException.class, () -> BlockPadding.pad(new byte[max + 1], 40));

        byte[] largest = new byte[BlockPadding.maxPayloadBytes(0)];
        List<Block> blocks = BlockPadding.padToBlocks(largest);
        assertEquals(MAX_BLOCKS_PER_PAYLOAD, blocks.size());
        assertArrayEquals(largest, BlockPadding.unpadBlocks(blocks));
    }

    @Example
    void padsBoundaryLengthsExactly() {
        assertEquals(BLOCK_SIZE, BlockPadding.pad(new byte[0], 0).length);
        assertEquals(BLOCK_SIZE, BlockPadding.pad(new byte[BLOCK_SIZE - 1], 0).length);
        assertEquals(2 * BLOCK_SIZE, BlockPadding.pad(new byte[BLOCK_SIZE], 0).length);
        assertEquals(BLOCK_SIZE - 40, BlockPadding.pad(new byte[BLOCK_SIZE - 41], 40).length);
        assertEquals(2 * BLOCK_SIZE - 40, BlockPadding.pad(new byte[BLOCK_SIZE - 40], 40).length);
    }

    private static byte[] withoutMarkerBytes(byte[] payload) {
        byte[] clean = payload.clone();
        for (int i = 0; i < clean.length; i++) {
            if (clean[i] == MARKER) {
                clean[i] = 0x7f;
            }
        }
        return clean;
    }

    private static boolean isAllZero(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}

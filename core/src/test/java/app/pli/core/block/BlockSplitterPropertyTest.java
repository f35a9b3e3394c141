package app.pli.core.block;

import static app.pli.core.block.BlockConstants.BLOCK_SIZE;
import static app.pli.core.block.BlockConstants.MAX_BLOCKS_PER_PAYLOAD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class BlockSplitterPropertyTest {

    @Property
    void joinInvertsSplit(@ForAll @IntRange(min = 1, max = 20) int count, @ForAll long seed)
            throws BlockFormatException {
        byte[] bytes = Payloads.fill(count * BLOCK_SIZE, seed, Payloads.Fill.RANDOM);
        List<Block> blocks = BlockSplitter.split(bytes);
        assertEquals(count, blocks.size());
        for (int i = 0; i < count; i++) {
            byte[] expected = Arrays.copyOfRange(bytes, i * BLOCK_SIZE, (i + 1) * BLOCK_SIZE);
            assertArrayEquals(expected, blocks.get(i).bytes());
        }
        assertArrayEquals(bytes, BlockSplitter.join(blocks));
    }

    @Property
    void splitRejectsLengthsThatAreNotWholeBlocks(
            @ForAll @IntRange(min = 0, max = Payloads.MAX_LENGTH) int length) {
        Assume.that(length == 0 || length % BLOCK_SIZE != 0);
        assertThrows(BlockFormatException.class, () -> BlockSplitter.split(new byte[length]));
    }

    @Property
    void splitListsCannotBeModified(@ForAll @IntRange(min = 1, max = 4) int count) throws BlockFormatException {
        List<Block> blocks = BlockSplitter.split(new byte[count * BLOCK_SIZE]);
        assertThrows(UnsupportedOperationException.class, () -> blocks.remove(0));
    }

    @Example
    void splitAcceptsTheCapAndRejectsOneBlockMore() throws BlockFormatException {
        assertEquals(MAX_BLOCKS_PER_PAYLOAD,
                BlockSplitter.split(new byte[MAX_BLOCKS_PER_PAYLOAD * BLOCK_SIZE]).size());
        BlockFormatException e = assertThrows(BlockFormatException.class,
                () -> BlockSplitter.split(new byte[(MAX_BLOCKS_PER_PAYLOAD + 1) * BLOCK_SIZE]));
        assertEquals("1025 blocks exceed the limit of 1024 per payload", e.getMessage());
    }

    @Example
    void joinRejectsEmptyAndOversizedLists() {
        BlockFormatException empty =
                assertThrows(BlockFormatException.class, () -> BlockSplitter.join(List.of()));
        assertEquals("cannot join an empty block list", empty.getMessage());

        List<Block> tooMany = new ArrayList<>(
                Collections.nCopies(MAX_BLOCKS_PER_PAYLOAD + 1, Block.of(new byte[BLOCK_SIZE])));
        assertThrows(BlockFormatException.class, () -> BlockSplitter.join(tooMany));
    }

    @Example
    void joinRejectsANullBlock() {
        List<Block> withNull = new ArrayList<>();
        withNull.add(Block.of(new byte[BLOCK_SIZE]));
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> BlockSplitter.join(withNull));
    }

    @Example
    void splitNamesTheWrongLength() {
        BlockFormatException e = assertThrows(BlockFormatException.class,
                () -> BlockSplitter.split(new byte[BLOCK_SIZE + 1]));
        assertEquals("cannot split 4097 bytes: not a multiple of 4096", e.getMessage());
    }
}

package app.pli.core.block;

import static app.pli.core.block.BlockConstants.BLOCK_SIZE;
import static app.pli.core.block.BlockConstants.MAX_BLOCKS_PER_PAYLOAD;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Cuts bytes that span whole blocks into {@link Block}s and joins blocks back into bytes.
 *
 * <p>Invariants: a split or join involves between 1 and
 * {@link BlockConstants#MAX_BLOCKS_PER_PAYLOAD} blocks; {@code join(split(b))} equals
 * {@code b}; returned lists are unmodifiable.
 */
public final class BlockSplitter {
    private BlockSplitter() {}

    /**
     * The blocks of {@code bytes}, in order.
     *
     * @throws BlockFormatException if {@code bytes} is empty, not a multiple of
     *     {@link BlockConstants#BLOCK_SIZE} long, or spans more than
     *     {@link BlockConstants#MAX_BLOCKS_PER_PAYLOAD} blocks
     */
    public static List<Block> split(byte[] bytes) throws BlockFormatException {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new BlockFormatException("cannot split zero bytes into blocks");
        }
        if (bytes.length % BLOCK_SIZE != 0) {
            throw new BlockFormatException(
                    "cannot split " + bytes.length + " bytes: not a multiple of " + BLOCK_SIZE);
        }
        checkBlockCount(bytes.length / BLOCK_SIZE);
        return cut(bytes);
    }

    /**
     * The bytes of {@code blocks}, concatenated in order.
     *
     * @throws BlockFormatException if the list is empty or holds more than
     *     {@link BlockConstants#MAX_BLOCKS_PER_PAYLOAD} blocks
     */
    public static byte[] join(List<Block> blocks) throws BlockFormatException {
        Objects.requireNonNull(blocks, "blocks");
        if (blocks.isEmpty()) {
            throw new BlockFormatException("cannot join an empty block list");
        }
        checkBlockCount(blocks.size());
        byte[] joined = new byte[blocks.size() * BLOCK_SIZE];
        int offset = 0;
        for (Block block : blocks) {
            Objects.requireNonNull(block, "block").copyInto(joined, offset);
            offset += BLOCK_SIZE;
        }
        return joined;
    }

    /** Cuts bytes already known to span 1 to MAX_BLOCKS_PER_PAYLOAD whole blocks. */
    static List<Block> cut(byte[] bytes) {
        List<Block> blocks = new ArrayList<>(bytes.length / BLOCK_SIZE);
        for (int offset = 0; offset < bytes.length; offset += BLOCK_SIZE) {
            blocks.add(Block.copyOfRange(bytes, offset));
        }
        return Collections.unmodifiableList(blocks);
    }

    private static void checkBlockCount(int count) throws BlockFormatException {
        if (count > MAX_BLOCKS_PER_PAYLOAD) {
            throw new BlockFormatException(
                    count + " blocks exceed the limit of " + MAX_BLOCKS_PER_PAYLOAD + " per payload");
        }
    }
}

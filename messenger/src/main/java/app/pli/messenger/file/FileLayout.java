package app.pli.messenger.file;

/**
 * How a file is cut into relay blocks: how many carry data, how many the relay sees after
 * padding to a size bucket, and how they spread over one-time file mailboxes.
 *
 * <p>Buckets: at least {@value #MIN_BLOCKS} blocks, then the smallest {@code m · 2^k} with
 * {@code m} in 4..7 that holds the data, so a padded count exceeds the data by less than a
 * quarter and an observer learns the size only to within that step (two bits of mantissa
 * and the exponent).
 */
public final class FileLayout {
    /** Plaintext bytes of file data one block carries. */
    public static final int CHUNK_BYTES = FileBlockCipher.CHUNK_BYTES;
    /** The largest file: 1 GiB. */
    public static final long MAX_FILE_BYTES = 1L << 30;
    /** The fewest blocks a file occupies at the relay (64 KiB at 4096 bytes per block). */
    public static final int MIN_BLOCKS = 16;
    /** Blocks per file mailbox (32 MiB), under the relay's default cap of 10,000 per mailbox. */
    public static final int SEGMENT_BLOCKS = 8192;
    /** Most segments a file of {@link #MAX_FILE_BYTES} needs. */
    public static final int MAX_SEGMENTS = segments(paddedBlocks(dataBlocks(MAX_FILE_BYTES)));

    private FileLayout() {}

    /** Blocks that carry the data of a file of {@code size} bytes (at least one). */
    public static int dataBlocks(long size) {
        if (size < 0 || size > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("a file is 0.." + MAX_FILE_BYTES + " bytes");
        }
        return (int) Math.max(1, (size + CHUNK_BYTES - 1) / CHUNK_BYTES);
    }

    /** The bucket of {@code dataBlocks}: the block count the relay sees. */
    public static int paddedBlocks(int dataBlocks) {
        if (dataBlocks < 1) {
            throw new IllegalArgumentException("a file has at least one block");
        }
        if (dataBlocks <= MIN_BLOCKS) {
            return MIN_BLOCKS;
        }
        int exponent = 31 - Integer.numberOfLeadingZeros(dataBlocks) - 2; // 4 <= dataBlocks >> exponent <= 7
        for (int m = 4; m <= 8; m++) {
            long candidate = (long) m << exponent;
            if (candidate >= dataBlocks) {
                return Math.toIntExact(candidate);
            }
        }
        throw new AssertionError("8 << exponent always holds dataBlocks");
    }

    /** File mailboxes for {@code paddedBlocks} blocks. */
    public static int segments(int paddedBlocks) {
        return (paddedBlocks + SEGMENT_BLOCKS - 1) / SEGMENT_BLOCKS;
    }

    /** The segment (file mailbox) holding block {@code index}. */
    public static int segmentOf(int index) {
        return index / SEGMENT_BLOCKS;
    }

    /** Data bytes in block {@code index} of a file of {@code size} bytes (0 for padding). */
    public static int chunkLength(long size, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a block index is 0 or more");
        }
        long start = (long) index * CHUNK_BYTES;
        return (int) Math.max(0, Math.min(CHUNK_BYTES, size - start));
    }
}

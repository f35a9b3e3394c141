package app.pli.transport.relay.bench;

import app.pli.core.block.Block;
import app.pli.core.block.BlockConstants;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * The 4096-byte blocks of one load run: each carries the run's random id, its sequence
 * number and the moment its deposit started, followed by the run's fixed filler bytes.
 * A receiver reads the stamp back and can tell a block of this run, intact, from anything
 * else the relay might hand it.
 *
 * <p>Layout: run id (8 bytes), sequence number (8), deposit start in nanoseconds since the
 * run's origin (8), filler (the rest). Immutable and thread-safe.
 */
final class StampedBlock {
    private static final int HEADER_BYTES = 3 * Long.BYTES;

    private final long runId;
    private final byte[] filler;

    private StampedBlock(long runId, byte[] filler) {
        this.runId = runId;
        this.filler = filler;
    }

    /** The stamp format of a fresh run: a random run id and random filler. */
    static StampedBlock forNewRun() {
        SecureRandom random = new SecureRandom();
        byte[] filler = new byte[BlockConstants.BLOCK_SIZE - HEADER_BYTES];
        random.nextBytes(filler);
        return new StampedBlock(random.nextLong(), filler);
    }

    /** The block for {@code seq} whose deposit starts at {@code startNanos} (relative to the run's origin). */
    Block stamp(long seq, long startNanos) {
        byte[] bytes = new byte[BlockConstants.BLOCK_SIZE];
        ByteBuffer.wrap(bytes).putLong(runId).putLong(seq).putLong(startNanos).put(filler);
        return Block.of(bytes);
    }

    /** The sequence number of {@code bytes}, or empty if they are not an intact block of this run. */
    OptionalLong sequenceOf(byte[] bytes) {
        if (!isIntact(bytes)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ByteBuffer.wrap(bytes).getLong(Long.BYTES));
    }

    /** The deposit start stamped in {@code bytes}, which {@link #sequenceOf} accepted. */
    static long startNanosOf(byte[] bytes) {
        return ByteBuffer.wrap(bytes).getLong(2 * Long.BYTES);
    }

    private boolean isIntact(byte[] bytes) {
        return bytes.length == BlockConstants.BLOCK_SIZE
                && ByteBuffer.wrap(bytes).getLong(0) == runId
                && Arrays.equals(bytes, HEADER_BYTES, bytes.length, filler, 0, filler.length);
    }
}

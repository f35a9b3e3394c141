package app.pli.tests.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Helpers of the file scenarios: random content, the padded block count, waiting for a midway transfer. */
final class Transfers {
    /** Bytes of one relay block. */
    static final int BLOCK = 4096;
    /** File data one block carries. */
    static final int CHUNK = 4078;
    static final long MIB = 1L << 20;
    private static final long MIDWAY_LIMIT_MS = 120_000;

    private Transfers() {}

    /** Writes {@code size} random bytes (seeded, printed in the failure message if any) to {@code file}. */
    static Path randomFile(Path file, long size, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; ) {
                for (int i = 0; i < buffer.length; i += 8) {
                    long r = random.nextLong();
                    for (int j = 0; j < 8; j++) {
                        buffer[i + j] = (byte) (r >>> (8 * j));
                    }
                }
                int n = (int) Math.min(left, buffer.length);
                out.write(buffer, 0, n);
                left -= n;
            }
        }
        assertEquals(size, Files.size(file));
        return file;
    }

    /** The blocks the relay holds for a file of {@code size} bytes: max(16, smallest m·2^k ≥ data blocks, m in 4..7). */
    static long paddedBlocks(long size) {
        long data = Math.max(1, (size + CHUNK - 1) / CHUNK);
        if (data <= 16) {
            return 16;
        }
        long best = Long.MAX_VALUE;
        for (long m = 4; m <= 7; m++) {
            for (long p = 1; p <= (1L << 40); p <<= 1) {
                if (m * p >= data) {
                    best = Math.min(best, m * p);
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Waits until {@code profile}'s only transfer in that direction has persisted some but
     * not all of its blocks, while {@code process} (which moves it) runs. Fails if the process
     * ends first, or after two minutes.
     */
    static Stores.Transfer awaitMidway(Profile profile, boolean outgoing, Process process) throws Exception {
        long deadline = System.currentTimeMillis() + MIDWAY_LIMIT_MS;
        while (System.currentTimeMillis() < deadline) {
            var transfer = Stores.onlyTransfer(profile, outgoing);
            if (transfer.isPresent() && transfer.get().midway()) {
                return transfer.get();
            }
            if (!process.isAlive()) {
                throw new AssertionError("the transfer process ended (exit " + process.exitValue()
                        + ") before it was seen midway: " + transfer);
            }
            Thread.sleep(15);
        }
        throw new AssertionError("no midway transfer in " + profile + " within " + MIDWAY_LIMIT_MS + " ms");
    }
}

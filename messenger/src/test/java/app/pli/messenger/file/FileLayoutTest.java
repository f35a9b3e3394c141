package app.pli.messenger.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.messenger.envelope.FileRef;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Size buckets, block counts and segments of PROTOCOL.md §12.1–12.3, against an independent reckoning. */
class FileLayoutTest {
    private static final int MAX_DATA_BLOCKS = 1 << 19;
    private static final int CHUNK = 4078;

    /** The bucket as §12.2 defines it: 16, or the smallest m · 2^k ≥ d with m in 4..7, by brute force. */
    private static long referenceBucket(int d) {
        if (d <= 16) {
            return 16;
        }
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 40; k++) {
            for (int m = 4; m <= 7; m++) {
                long candidate = (long) m << k;
                if (candidate >= d && candidate < best) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    @Test
    void everyDataBlockCountUpTo2To19GetsItsBucket() {
        int previous = 0;
        for (int d = 1; d <= MAX_DATA_BLOCKS; d++) {
            int padded = FileLayout.paddedBlocks(d);
            if (padded != referenceBucket(d)) {
                assertEquals(referenceBucket(d), padded, "bucket of " + d);
            }
            if (padded < d) {
                assertTrue(padded >= d, "bucket of " + d + " holds it");
            }
            if (d <= 16 && padded != 16) {
                assertEquals(16, padded, "bucket of " + d);
            }
            if (d > 16 && 4L * padded >= 5L * d) {
                assertTrue(4L * padded < 5L * d, "bucket " + padded + " of " + d + " pads by a quarter or more");
            }
            if (padded < previous) {
                assertTrue(padded >= previous, "bucket of " + d + " is below that of " + (d - 1));
            }
            previous = padded;
        }
    }

    @Property(tries = 2000)
    void aBucketHoldsItsDataWithUnderAQuarterOfPadding(@ForAll @IntRange(min = 1, max = MAX_DATA_BLOCKS) int d) {
        int padded = FileLayout.paddedBlocks(d);
        assertEquals(referenceBucket(d), padded);
        assertTrue(padded >= d);
        if (d <= 16) {
            assertEquals(16, padded);
        } else {
            assertTrue(4L * padded < 5L * d, padded + " for " + d);
            // of the form m · 2^k with m in 4..7 (or 8 · 2^k, the next power of two)
            int shift = Integer.numberOfTrailingZeros(padded);
            int mantissa = padded >>> shift;
            while (mantissa < 4) {
                mantissa <<= 1;
                shift--;
            }
            assertTrue(mantissa >= 4 && mantissa <= 7 && shift >= 0, padded + " is m · 2^k, m in 4..7");
        }
    }

    @Property(tries = 1000)
    void bucketsNeverShrinkAsDataGrows(@ForAll @IntRange(min = 1, max = MAX_DATA_BLOCKS) int a,
            @ForAll @IntRange(min = 1, max = MAX_DATA_BLOCKS) int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        assertTrue(FileLayout.paddedBlocks(low) <= FileLayout.paddedBlocks(high), low + " vs " + high);
    }

    @Test
    void eachDoublingHasFourBuckets() {
        for (int k = 4; k < 19; k++) {
            TreeSet<Integer> buckets = new TreeSet<>();
            for (int d = (1 << k) + 1; d <= 1 << (k + 1); d++) {
                buckets.add(FileLayout.paddedBlocks(d));
            }
            int quarter = 1 << (k - 2);
            assertEquals(new TreeSet<>(java.util.List.of(5 * quarter, 6 * quarter, 7 * quarter, 8 * quarter)),
                    buckets, "buckets above 2^" + k);
        }
    }

    @Test
    void bucketsAreFixedPointsAndOneMoreMovesUp() {
        assertEquals(16, FileLayout.paddedBlocks(1));
        assertEquals(16, FileLayout.paddedBlocks(16));
        assertEquals(20, FileLayout.paddedBlocks(17));
        assertEquals(24, FileLayout.paddedBlocks(21));
        assertEquals(28, FileLayout.paddedBlocks(28));
        assertEquals(32, FileLayout.paddedBlocks(29));
        assertEquals(40, FileLayout.paddedBlocks(33));
        assertEquals(24576, FileLayout.paddedBlocks(24576));
        assertEquals(28672, FileLayout.paddedBlocks(24577));
        assertEquals(1 << 19, FileLayout.paddedBlocks(1 << 19));
        assertEquals(5 << 17, FileLayout.paddedBlocks((1 << 19) + 1));
        assertThrows(IllegalArgumentException.class, () -> FileLayout.paddedBlocks(0));
        assertThrows(IllegalArgumentException.class, () -> FileLayout.paddedBlocks(-1));
    }

    @Test
    void dataBlocksAtTheChunkBoundaries() {
        assertEquals(4078, FileLayout.CHUNK_BYTES);
        assertEquals(1, FileLayout.dataBlocks(0));
        assertEquals(1, FileLayout.dataBlocks(1));
        assertEquals(1, FileLayout.dataBlocks(4078));
        assertEquals(2, FileLayout.dataBlocks(4079));
        assertEquals(2, FileLayout.dataBlocks(2 * 4078));
        assertEquals(3, FileLayout.dataBlocks(2 * 4078 + 1));
    }

    @Test
    void aHundredMebibyteFile() {
        long size = 100L << 20;
        // ceil(104857600 / 4078): 4078 · 25712 = 104853536 < size <= 4078 · 25713 = 104857614
        assertEquals(25713, FileLayout.dataBlocks(size));
        assertEquals(28672, FileLayout.paddedBlocks(FileLayout.dataBlocks(size)));
        assertEquals(4, FileLayout.segments(28672));
        assertEquals(104857600 - 25712 * 4078, FileLayout.chunkLength(size, 25712));
        assertEquals(4064, FileLayout.chunkLength(size, 25712));
        assertEquals(0, FileLayout.chunkLength(size, 25713));
        assertEquals(4078, FileLayout.chunkLength(size, 25711));
    }

    @Test
    void aGibibyteFileIsTheLargestAndNeedsFortySegments() {
        long size = 1L << 30;
        // ceil(1073741824 / 4078): 4078 · 263301 = 1073741478 < size <= 4078 · 263302
        assertEquals(263302, FileLayout.dataBlocks(size));
        assertEquals(327680, FileLayout.paddedBlocks(263302));
        assertEquals(40, FileLayout.segments(327680));
        assertEquals(40, FileLayout.MAX_SEGMENTS);
        assertTrue(FileLayout.MAX_SEGMENTS <= FileRef.MAX_SEGMENTS, "a FileRef can name every segment");
        assertEquals((int) (size - 263301L * 4078), FileLayout.chunkLength(size, 263301));
        assertEquals(346, FileLayout.chunkLength(size, 263301));
        assertEquals(0, FileLayout.chunkLength(size, 263302));
        assertEquals(0, FileLayout.chunkLength(size, 327679));
        assertEquals(1L << 30, FileLayout.MAX_FILE_BYTES);
        assertEquals(263302, FileLayout.dataBlocks(size));
    }

    @Test
    void sizesOutsideZeroToOneGibibyteAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FileLayout.dataBlocks(-1));
        assertThrows(IllegalArgumentException.class, () -> FileLayout.dataBlocks((1L << 30) + 1));
        assertThrows(IllegalArgumentException.class, () -> FileLayout.dataBlocks(Long.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> FileLayout.dataBlocks(Long.MAX_VALUE));
    }

    @Property(tries = 200)
    void chunksCoverTheFileExactly(@ForAll @LongRange(min = 0, max = 1L << 30) long size) {
        int d = FileLayout.dataBlocks(size);
        assertEquals(Math.max(1, (size + CHUNK - 1) / CHUNK), d);
        // every data block but the last is full, the last holds the rest, padding holds nothing
        for (int index = 0; index < d - 1; index++) {
            if (FileLayout.chunkLength(size, index) != CHUNK) {
                assertEquals(CHUNK, FileLayout.chunkLength(size, index), "block " + index + " of " + size);
            }
        }
        long last = size - (long) (d - 1) * CHUNK;
        assertEquals(last, FileLayout.chunkLength(size, d - 1));
        assertTrue(last >= 0 && last <= CHUNK);
        assertTrue(size == 0 || last >= 1, "the last data block of a non-empty file carries data");
        int padded = FileLayout.paddedBlocks(d);
        assertEquals(0, FileLayout.chunkLength(size, d));
        if (padded > d) {
            assertEquals(0, FileLayout.chunkLength(size, padded - 1), "the last padding block");
        }
        assertTrue(FileLayout.segments(padded) <= FileLayout.MAX_SEGMENTS);
    }

    @Test
    void segmentsHoldEightThousandOneHundredNinetyTwoBlocks() {
        assertEquals(1, FileLayout.segments(16));
        assertEquals(1, FileLayout.segments(8192));
        assertEquals(2, FileLayout.segments(8193));
        assertEquals(0, FileLayout.segmentOf(0));
        assertEquals(0, FileLayout.segmentOf(8191));
        assertEquals(1, FileLayout.segmentOf(8192));
        assertEquals(39, FileLayout.segmentOf(327679));
        for (int padded : new int[] {16, 20, 8192, 10240, 28672, 327680}) {
            assertEquals(FileLayout.segmentOf(padded - 1) + 1, FileLayout.segments(padded), "segments of " + padded);
        }
    }
}

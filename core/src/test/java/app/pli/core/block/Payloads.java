package app.pli.core.block;

import static app.pli.core.block.BlockConstants.BLOCK_SIZE;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Payload generators for the block properties: random sizes, sizes near block edges, tricky tails. */
final class Payloads {
    static final int MAX_LENGTH = 70_000;

    /** How a generated payload's bytes are chosen; zeros and 0x80 imitate padding. */
    enum Fill { RANDOM, ZEROS, MARKERS, RANDOM_THEN_ZEROS }

    private Payloads() {}

    /** Payloads of 0..MAX_LENGTH bytes; half of them sit within a few bytes of a block edge. */
    static Arbitrary<byte[]> payloads() {
        Arbitrary<Integer> uniform = Arbitraries.integers().between(0, MAX_LENGTH);
        Arbitrary<Integer> nearEdge = Combinators.combine(
                        Arbitraries.integers().between(0, MAX_LENGTH / BLOCK_SIZE),
                        Arbitraries.integers().between(-110, 2))
                .as((blocks, delta) -> Math.max(0, Math.min(MAX_LENGTH, blocks * BLOCK_SIZE + delta)));
        Arbitrary<Integer> lengths = Arbitraries.oneOf(uniform, nearEdge);
        return Combinators.combine(lengths, Arbitraries.longs(), Arbitraries.of(Fill.class))
                .as(Payloads::fill);
    }

    /** The reserves the properties exercise: none, an XChaCha20-Poly1305 envelope, a larger header. */
    static Arbitrary<Integer> reserves() {
        return Arbitraries.of(0, 40, 100);
    }

    static byte[] fill(int length, long seed, Fill fill) {
        byte[] bytes = new byte[length];
        SplittableRandom random = new SplittableRandom(seed);
        switch (fill) {
            case RANDOM -> random.nextBytes(bytes);
            case ZEROS -> Arrays.fill(bytes, (byte) 0);
            case MARKERS -> Arrays.fill(bytes, (byte) 0x80);
            case RANDOM_THEN_ZEROS -> {
                random.nextBytes(bytes);
                Arrays.fill(bytes, length / 2, length, (byte) 0);
            }
        }
        return bytes;
    }
}

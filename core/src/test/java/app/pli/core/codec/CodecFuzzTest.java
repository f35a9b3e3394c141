package app.pli.core.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds at least a million random and crafted frames to the decoder and requires each to
 * yield a value or a {@link DecodeException}. Nothing else is caught: an
 * {@code OutOfMemoryError}, a {@code StackOverflowError} or any other exception fails the
 * test. Meant to run in a small JVM ({@code -Xmx64m -Xss512k}).
 *
 * <p>The seed is printed; rerun one with {@code -Dpli.fuzz.seed=N}. {@code -Dpli.fuzz.inputs=N}
 * raises the number of inputs (it cannot go below the million).
 */
class CodecFuzzTest {
    private static final long DEFAULT_SEED = 0x5AFE_C0DEC0DEL;
    private static final int MIN_INPUTS = 1_000_000;
    private static final int FUZZ_MAX_FRAME = 64 * 1024;

    private final Map<FuzzInputs.Strategy, Integer> valuesByStrategy = new EnumMap<>(FuzzInputs.Strategy.class);
    private long values;
    private long cleanErrors;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against hangs, not a timing assertion
    void everyInputYieldsAValueOrACleanDecodeException() {
        long seed = Long.getLong("pli.fuzz.seed", DEFAULT_SEED);
        int inputs = Math.max(MIN_INPUTS, Integer.getInteger("pli.fuzz.inputs", MIN_INPUTS));
        System.out.println("CodecFuzzTest seed=" + seed + " (rerun with -Dpli.fuzz.seed=" + seed + ")");

        // The second codec allows the deepest nesting a codec may have, to prove it fits a small stack.
        SafeCodec[] codecs = {
            CodecFixtures.codec(FUZZ_MAX_FRAME, CodecFixtures.DEFAULT_MAX_DEPTH),
            CodecFixtures.codec(FUZZ_MAX_FRAME, SafeCodec.MAX_DEPTH_CEILING)
        };
        SplittableRandom random = new SplittableRandom(seed);
        FuzzInputs generator = new FuzzInputs(random.split(), codecs[0]);
        for (int i = 0; i < inputs; i++) {
            feed(codecs[i & 1], generator.next());
        }

        System.out.println("CodecFuzzTest summary: inputs fed=" + inputs + ", values decoded=" + values
                + ", clean errors=" + cleanErrors + ", values by strategy=" + valuesByStrategy);
        assertEquals(inputs, values + cleanErrors);
        assertTrue(values > 0, "some inputs must decode, or the fuzzer only tests the front door");
        assertTrue(cleanErrors > 0);
    }

    private void feed(SafeCodec codec, FuzzInputs.Input input) {
        Object value;
        try {
            value = codec.decode(input.frame(), input.expected());
        } catch (DecodeException e) {
            assertCleanMessage(e);
            cleanErrors++;
            return;
        }
        assertSame(input.expected(), value.getClass());
        assertStableReencoding(codec, value);
        values++;
        valuesByStrategy.merge(input.strategy(), 1, Integer::sum);
    }

    /** A decoded value encodes again, and that encoding decodes and re-encodes to itself. */
    private static void assertStableReencoding(SafeCodec codec, Object value) {
        byte[] canonical = codec.encode(value);
        try {
            assertArrayEquals(canonical, codec.encode(codec.decode(canonical, value.getClass())));
        } catch (DecodeException e) {
            throw new AssertionError("a frame the codec wrote does not decode: " + e.getMessage(), e);
        }
    }

    private static void assertCleanMessage(DecodeException e) {
        String message = e.getMessage();
        assertTrue(message != null && !message.isEmpty() && message.length() < 100, message);
        assertFalse(message.contains("\n"), message);
        assertNull(e.getCause());
    }
}

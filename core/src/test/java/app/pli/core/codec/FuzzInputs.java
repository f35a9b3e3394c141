package app.pli.core.codec;

import static app.pli.core.codec.FrameBytes.ABSENT;
import static app.pli.core.codec.FrameBytes.PRESENT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random and crafted frames for {@link CodecFuzzTest}: random bytes, mutations, truncations
 * and splices of valid frames, forged length prefixes, deep nesting and unknown ids.
 */
final class FuzzInputs {
    /** How an input was made; the fuzz test counts outcomes per strategy. */
    enum Strategy {
        RANDOM_BYTES, RANDOM_BODY, MUTATION, TRUNCATION, EXTENSION, HUGE_VARINT,
        FORGED_LENGTH, DEEP_NESTING, UNKNOWN_ID, WRONG_TYPE, SPLICE
    }

    /** One input: the frame, the type the decoder is asked for, and how it was made. */
    record Input(byte[] frame, Class<?> expected, Strategy strategy) {}

    /** A valid frame and its type. */
    private record Sample(byte[] frame, Class<?> type) {}

    private static final int CORPUS_SIZE = 400;
    private static final long[] HUGE_VALUES = {
        0x7FFF_FFFFL, 0xFFFF_FFFFL, 0x8000_0000L, 0x4000_0000L, 0x0FFF_FFFFL, 0x10_0000L, 65_536L, 16_384L
    };
    private static final int[] INTERESTING_BYTES = {0x00, 0x01, 0x02, 0x7f, 0x80, 0xff, 0xc0, 0xed};
    private static final List<Class<?>> TYPES = List.of(
            CodecFixtures.Primitives.class, CodecFixtures.Boxed.class, CodecFixtures.Leaves.class,
            CodecFixtures.Lists.class, CodecFixtures.Node.class, CodecFixtures.Chain.class,
            CodecFixtures.Envelope.class, CodecFixtures.Checked.class, CodecFixtures.Empty.class);
    private static final int[] TYPE_IDS = {100, 101, 102, 103, 104, 105, 106, 107, 108};

    private final SplittableRandom random;
    private final List<Sample> corpus = new ArrayList<>();
    private final List<Sample> deep = new ArrayList<>();

    FuzzInputs(SplittableRandom random, SafeCodec codec) {
        this.random = random;
        RandomMessages messages = new RandomMessages(random.split());
        for (int i = 0; i < CORPUS_SIZE; i++) {
            Object message = messages.any();
            corpus.add(new Sample(codec.encode(message), message.getClass()));
        }
        for (int length : new int[] {15, 16, 17, 63, 64, 65, 500, 5_000}) {
            deep.add(new Sample(FrameBytes.chain(length), CodecFixtures.Chain.class));
        }
        for (int levels : new int[] {7, 8, 31, 32, 33, 2_000}) {
            deep.add(new Sample(FrameBytes.nodes(levels), CodecFixtures.Node.class));
        }
    }

    Input next() {
        Strategy strategy = Strategy.values()[random.nextInt(Strategy.values().length)];
        return switch (strategy) {
            case RANDOM_BYTES -> new Input(randomBytes(random.nextInt(49)), anyType(), strategy);
            case RANDOM_BODY -> randomBody(strategy);
            case MUTATION -> mutated(sample(), strategy);
            case TRUNCATION -> truncated(sample(), strategy);
            case EXTENSION -> extended(sample(), strategy);
            case HUGE_VARINT -> withHugeVarint(sample(), strategy);
            case FORGED_LENGTH -> forgedLength(strategy);
            case DEEP_NESTING -> deepNesting(strategy);
            case UNKNOWN_ID -> unknownId(strategy);
            case WRONG_TYPE -> new Input(sample().frame(), anyType(), strategy);
            case SPLICE -> splice(strategy);
        };
    }

    private Input randomBody(Strategy strategy) {
        int index = random.nextInt(TYPES.size());
        byte[] frame = FrameBytes.ofType(TYPE_IDS[index]).bytes(randomBytes(random.nextInt(65))).build();
        return new Input(frame, TYPES.get(index), strategy);
    }

    private Input mutated(Sample sample, Strategy strategy) {
        byte[] frame = sample.frame();
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            frame = mutateOnce(frame);
        }
        return new Input(frame, sample.type(), strategy);
    }

    private byte[] mutateOnce(byte[] frame) {
        if (frame.length == 0) {
            return randomBytes(1);
        }
        byte[] copy = frame.clone();
        int at = random.nextInt(copy.length);
        switch (random.nextInt(5)) {
            case 0 -> copy[at] ^= (byte) (1 << random.nextInt(8));
            case 1 -> copy[at] = (byte) random.nextInt(256);
            case 2 -> copy[at] = (byte) INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)];
            case 3 -> {
                return concat(Arrays.copyOf(copy, at), randomBytes(1), Arrays.copyOfRange(copy, at, copy.length));
            }
            default -> {
                return concat(Arrays.copyOf(copy, at), Arrays.copyOfRange(copy, at + 1, copy.length));
            }
        }
        return copy;
    }

    private Input truncated(Sample sample, Strategy strategy) {
        byte[] frame = sample.frame();
        return new Input(Arrays.copyOf(frame, random.nextInt(frame.length + 1)), sample.type(), strategy);
    }

    private Input extended(Sample sample, Strategy strategy) {
        return new Input(concat(sample.frame(), randomBytes(1 + random.nextInt(8))), sample.type(), strategy);
    }

    private Input withHugeVarint(Sample sample, Strategy strategy) {
        byte[] frame = sample.frame();
        int at = 1 + random.nextInt(Math.max(1, frame.length - 1));
        byte[] varint = new FrameBytes().varint(HUGE_VALUES[random.nextInt(HUGE_VALUES.length)]).build();
        boolean overwrite = random.nextBoolean();
        byte[] tail = Arrays.copyOfRange(frame, Math.min(frame.length, overwrite ? at + varint.length : at),
                frame.length);
        return new Input(concat(Arrays.copyOf(frame, Math.min(at, frame.length)), varint, tail),
                sample.type(), strategy);
    }

    private Input forgedLength(Strategy strategy) {
        long length = HUGE_VALUES[random.nextInt(HUGE_VALUES.length)];
        byte[] tail = randomBytes(random.nextInt(16));
        return switch (random.nextInt(4)) {
            case 0 -> new Input(FrameBytes.ofType(CodecFixtures.LEAVES).bytes(PRESENT).varint(length).bytes(tail)
                    .build(), CodecFixtures.Leaves.class, strategy);
            case 1 -> new Input(FrameBytes.ofType(CodecFixtures.LEAVES).bytes(ABSENT, PRESENT).varint(length)
                    .bytes(tail).build(), CodecFixtures.Leaves.class, strategy);
            case 2 -> new Input(FrameBytes.ofType(CodecFixtures.LISTS).bytes(PRESENT).varint(length).bytes(tail)
                    .build(), CodecFixtures.Lists.class, strategy);
            default -> new Input(FrameBytes.ofType(CodecFixtures.NODE).bytes(ABSENT, PRESENT).varint(length)
                    .bytes(tail).build(), CodecFixtures.Node.class, strategy);
        };
    }

    private Input deepNesting(Strategy strategy) {
        Sample sample = deep.get(random.nextInt(deep.size()));
        byte[] frame = random.nextInt(3) == 0 ? mutateOnce(sample.frame()) : sample.frame();
        return new Input(frame, sample.type(), strategy);
    }

    private Input unknownId(Strategy strategy) {
        long id = random.nextBoolean() ? random.nextLong(1L << 35) : 109 + random.nextInt(16_383 - 109);
        return new Input(new FrameBytes().varint(id).bytes(randomBytes(random.nextInt(17))).build(),
                anyType(), strategy);
    }

    private Input splice(Strategy strategy) {
        Sample first = sample();
        byte[] second = sample().frame();
        byte[] head = Arrays.copyOf(first.frame(), random.nextInt(first.frame().length + 1));
        byte[] tail = Arrays.copyOfRange(second, random.nextInt(second.length + 1), second.length);
        return new Input(concat(head, tail), first.type(), strategy);
    }

    private Sample sample() {
        return corpus.get(random.nextInt(corpus.size()));
    }

    private Class<?> anyType() {
        return TYPES.get(random.nextInt(TYPES.size()));
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, offset, part.length);
            offset += part.length;
        }
        return joined;
    }
}

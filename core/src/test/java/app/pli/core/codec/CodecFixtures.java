package app.pli.core.codec;

import java.util.List;

/** Message records covering every shape the codec supports, and codecs that register them. */
final class CodecFixtures {
    static final int PRIMITIVES = 100;
    static final int BOXED = 101;
    static final int LEAVES = 102;
    static final int LISTS = 103;
    static final int NODE = 104;
    static final int CHAIN = 105;
    static final int ENVELOPE = 106;
    static final int CHECKED = 107;
    static final int EMPTY = 108;

    static final int DEFAULT_MAX_FRAME = 64 * 1024;
    static final int DEFAULT_MAX_DEPTH = 16;

    enum Color { RED, GREEN, BLUE }

    record Primitives(int i, long l, short s, byte b, char c, boolean z, float f, double d) {}

    record Boxed(Integer i, Long l, Short s, Byte b, Character c, Boolean z, Float f, Double d) {}

    record Leaves(String text, byte[] data, Color color) {}

    record Lists(List<String> names, List<byte[]> blobs, List<Integer> numbers, List<List<Color>> grid,
            List<Primitives> items) {}

    record Node(String label, List<Node> children) {}

    record Chain(int value, Chain next) {}

    record Envelope(long version, Leaves leaves, Lists lists, Node tree, Empty marker) {}

    /** Validates in its constructor; the message of its exception quotes the value. */
    record Checked(int positive) {
        Checked {
            if (positive <= 0) {
                throw new IllegalArgumentException("positive must be > 0 but was " + positive);
            }
        }
    }

    record Empty() {}

    private CodecFixtures() {}

    static SafeCodec codec() {
        return codec(DEFAULT_MAX_FRAME, DEFAULT_MAX_DEPTH);
    }

    static SafeCodec codec(int maxFrameBytes, int maxDepth) {
        return SafeCodec.builder()
                .register(PRIMITIVES, Primitives.class)
                .register(BOXED, Boxed.class)
                .register(LEAVES, Leaves.class)
                .register(LISTS, Lists.class)
                .register(NODE, Node.class)
                .register(CHAIN, Chain.class)
                .register(ENVELOPE, Envelope.class)
                .register(CHECKED, Checked.class)
                .register(EMPTY, Empty.class)
                .maxFrameBytes(maxFrameBytes)
                .maxDepth(maxDepth)
                .build();
    }

    /** A chain of {@code length} records, the first holding {@code length}, the last 1. */
    static Chain chain(int length) {
        Chain chain = null;
        for (int i = 1; i <= length; i++) {
            chain = new Chain(i, chain);
        }
        return chain;
    }
}

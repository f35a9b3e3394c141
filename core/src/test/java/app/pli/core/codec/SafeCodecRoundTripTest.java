package app.pli.core.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.codec.CodecFixtures.Boxed;
import app.pli.core.codec.CodecFixtures.Chain;
import app.pli.core.codec.CodecFixtures.Color;
import app.pli.core.codec.CodecFixtures.Empty;
import app.pli.core.codec.CodecFixtures.Envelope;
import app.pli.core.codec.CodecFixtures.Leaves;
import app.pli.core.codec.CodecFixtures.Lists;
import app.pli.core.codec.CodecFixtures.Node;
import app.pli.core.codec.CodecFixtures.Primitives;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SafeCodecRoundTripTest {
    private final SafeCodec codec = CodecFixtures.codec();

    @Test
    void primitivesAtTheirExtremes() throws DecodeException {
        assertRoundTrip(new Primitives(Integer.MIN_VALUE, Long.MIN_VALUE, Short.MIN_VALUE, Byte.MIN_VALUE,
                Character.MIN_VALUE, false, Float.NEGATIVE_INFINITY, -0.0));
        assertRoundTrip(new Primitives(Integer.MAX_VALUE, Long.MAX_VALUE, Short.MAX_VALUE, Byte.MAX_VALUE,
                Character.MAX_VALUE, true, Float.NaN, Double.MIN_VALUE));
        assertRoundTrip(new Primitives(0, 0, (short) 0, (byte) 0, 'x', true, Float.MIN_VALUE, Double.NaN));
    }

    @Test
    void boxedValuesAndNulls() throws DecodeException {
        assertRoundTrip(new Boxed(-1, 1L << 40, (short) -2, (byte) 3, '\u00e9', Boolean.TRUE, 1.5f, -2.5));
        assertRoundTrip(new Boxed(null, null, null, null, null, null, null, null));
    }

    @ParameterizedTest
    @EnumSource(Color.class)
    void leavesWithEveryEnumConstant(Color color) throws DecodeException {
        byte[] data = new byte[3000];
        Arrays.fill(data, (byte) 0x5a);
        Leaves decoded = roundTrip(new Leaves("h\u00e9llo \uD83D\uDE00 \u4e16\u754c", data, color));
        assertEquals("h\u00e9llo \uD83D\uDE00 \u4e16\u754c", decoded.text());
        assertArrayEquals(data, decoded.data());
        assertEquals(color, decoded.color());
    }

    @Test
    void emptyAndNullLeaves() throws DecodeException {
        Leaves empty = roundTrip(new Leaves("", new byte[0], null));
        assertEquals("", empty.text());
        assertArrayEquals(new byte[0], empty.data());
        assertNull(empty.color());
        Leaves none = roundTrip(new Leaves(null, null, null));
        assertNull(none.text());
        assertNull(none.data());
    }

    @Test
    void listsOfEveryElementKind() throws DecodeException {
        List<String> names = Arrays.asList("a", null, "");
        List<Integer> numbers = Arrays.asList(1, null, -7, Integer.MIN_VALUE);
        List<List<Color>> grid = List.of(List.of(Color.RED, Color.BLUE), List.of(), Arrays.asList((Color) null));
        List<Primitives> items = List.of(new Primitives(1, 2, (short) 3, (byte) 4, 'c', true, 6f, 7d));
        Lists decoded = roundTrip(new Lists(names, Arrays.asList(new byte[] {1, 2}, null), numbers, grid, items));
        assertEquals(names, decoded.names());
        assertEquals(numbers, decoded.numbers());
        assertEquals(grid, decoded.grid());
        assertEquals(items, decoded.items());
        assertEquals(2, decoded.blobs().size());
        assertArrayEquals(new byte[] {1, 2}, decoded.blobs().get(0));
        assertNull(decoded.blobs().get(1));
    }

    @Test
    void emptyAndNullLists() throws DecodeException {
        assertRoundTrip(new Lists(List.of(), null, List.of(), null, List.of()));
        assertRoundTrip(new Lists(null, null, null, null, null));
    }

    @Test
    void decodedListsCannotBeModified() throws DecodeException {
        Lists decoded = roundTrip(new Lists(List.of("a"), null, null, null, null));
        assertThrows(UnsupportedOperationException.class, () -> decoded.names().add("b"));
    }

    @Test
    void recursiveRecordsUpToTheDepthLimit() throws DecodeException {
        // Each Node and each child list is one level: 16 levels hold 8 nested nodes.
        Node tree = new Node("leaf", List.of());
        for (int level = 0; level < 7; level++) {
            tree = new Node("level" + level, List.of(tree, new Node(null, null)));
        }
        assertRoundTrip(tree);
        assertRoundTrip(CodecFixtures.chain(CodecFixtures.DEFAULT_MAX_DEPTH));
    }

    @Test
    void nestedRecordsAndAnEmptyRecord() throws DecodeException {
        Node tree = new Node("root", List.of(new Node("child", null)));
        Lists lists = new Lists(List.of("x"), null, List.of(3), null, List.of());
        Envelope decoded = roundTrip(new Envelope(7L, new Leaves("t", null, Color.GREEN), lists, tree, new Empty()));
        assertEquals(tree, decoded.tree());
        assertEquals(lists, decoded.lists());
        assertEquals(new Empty(), decoded.marker());
        assertRoundTrip(new Empty());
        assertRoundTrip(new Envelope(0L, null, null, null, null));
    }

    @Test
    void writesTheDocumentedWireFormat() {
        byte[] primitives = codec.encode(new Primitives(1, -1, (short) 0x0102, (byte) 5, 'A', true, 1.0f, 2.0));
        byte[] expected = FrameBytes.ofType(CodecFixtures.PRIMITIVES)
                .bytes(0x02, 0x01, 0x02, 0x01, 0x05, 0x41, 0x00, 0x01)
                .bytes(0x00, 0x00, 0x80, 0x3f)
                .bytes(0, 0, 0, 0, 0, 0, 0, 0x40)
                .build();
        assertArrayEquals(expected, primitives);

        byte[] leaves = codec.encode(new Leaves("h\u00e9", new byte[] {9}, Color.BLUE));
        byte[] expectedLeaves = FrameBytes.ofType(CodecFixtures.LEAVES)
                .bytes(1, 3, 'h', 0xc3, 0xa9)
                .bytes(1, 1, 9)
                .bytes(1, 2)
                .build();
        assertArrayEquals(expectedLeaves, leaves);

        byte[] chain = codec.encode(new Chain(-2, null));
        assertArrayEquals(FrameBytes.ofType(CodecFixtures.CHAIN).zigzag(-2).bytes(0).build(), chain);
    }

    @Test
    void encodingIsDeterministic() {
        Lists message = new Lists(List.of("a", "b"), null, List.of(1, 2), null, null);
        assertArrayEquals(codec.encode(message), codec.encode(message));
    }

    @Test
    void aFrameExactlyAtTheLimitDecodes() throws DecodeException {
        int overhead = codec.encode(new Leaves(null, new byte[0], null)).length;
        SafeCodec tight = CodecFixtures.codec(overhead + 1000, CodecFixtures.DEFAULT_MAX_DEPTH);
        // 1000 bytes of data need a two-byte length prefix instead of one.
        byte[] frame = tight.encode(new Leaves(null, new byte[999], null));
        assertEquals(overhead + 1000, frame.length);
        assertEquals(999, tight.decode(frame, Leaves.class).data().length);
    }

    @Test
    void isSafeToShareAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                int seed = task;
                results.add(pool.submit(() -> roundTripMany(seed)));
            }
            for (Future<Integer> result : results) {
                assertEquals(2_000, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private int roundTripMany(int seed) throws DecodeException {
        int matched = 0;
        for (int i = 0; i < 2_000; i++) {
            Node message = new Node("t" + seed + "/" + i, List.of(new Node(Integer.toString(i), List.of())));
            if (message.equals(codec.decode(codec.encode(message), Node.class))) {
                matched++;
            }
        }
        return matched;
    }

    private void assertRoundTrip(Object message) throws DecodeException {
        assertEquals(message, roundTrip(message));
    }

    @SuppressWarnings("unchecked")
    private <T> T roundTrip(T message) throws DecodeException {
        byte[] frame = codec.encode(message);
        T decoded = codec.decode(frame, (Class<T>) message.getClass());
        assertArrayEquals(frame, codec.encode(decoded), "re-encoding gives the same frame");
        return decoded;
    }
}

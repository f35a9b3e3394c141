package app.pli.core.codec;

import static app.pli.core.codec.FrameBytes.ABSENT;
import static app.pli.core.codec.FrameBytes.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.codec.CodecFixtures.Chain;
import app.pli.core.codec.CodecFixtures.Checked;
import app.pli.core.codec.CodecFixtures.Color;
import app.pli.core.codec.CodecFixtures.Envelope;
import app.pli.core.codec.CodecFixtures.Leaves;
import app.pli.core.codec.CodecFixtures.Lists;
import app.pli.core.codec.CodecFixtures.Node;
import app.pli.core.codec.CodecFixtures.Primitives;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCodecRejectionTest {
    private static final long HUGE = 0x7FFF_FFFFL;
    private static final long MINUS_ONE = 0xFFFF_FFFFL;

    private final SafeCodec codec = CodecFixtures.codec();

    @ParameterizedTest
    @ValueSource(longs = {0, 99, 109, 5000, 16_383, 16_384, HUGE, MINUS_ONE})
    void rejectsUnknownTypeIds(long id) {
        byte[] frame = new FrameBytes().varint(id).bytes(0, 0, 0).build();
        assertRejected("frame has an unknown message type id", frame, Chain.class);
    }

    @Test
    void rejectsAnEmptyFrame() {
        assertRejected("frame is truncated", new byte[0], Chain.class);
    }

    @Test
    void rejectsAnotherTypeThanExpected() {
        byte[] frame = codec.encode(new Chain(1, null));
        assertRejected("frame holds Chain, expected Node", frame, Node.class);
    }

    @Test
    void rejectsTrailingBytes() {
        byte[] frame = codec.encode(new Chain(1, null));
        byte[] longer = Arrays.copyOf(frame, frame.length + 1);
        assertRejected("frame has trailing bytes after the message", longer, Chain.class);
    }

    @Test
    void rejectsEveryTruncationOfAValidFrame() {
        Lists lists = new Lists(List.of("a", "bc"), List.of(new byte[] {1}), List.of(300), null, null);
        Envelope message = new Envelope(1L << 50, new Leaves("text", new byte[] {1, 2}, Color.RED), lists,
                new Node("n", List.of()), null);
        byte[] frame = codec.encode(message);
        for (int length = 0; length < frame.length; length++) {
            byte[] prefix = Arrays.copyOf(frame, length);
            DecodeException e = assertThrows(DecodeException.class, () -> codec.decode(prefix, Envelope.class));
            assertClean(e);
        }
    }

    @Test
    void rejectsAnOversizeFrameBeforeReadingIt() {
        byte[] frame = codec.encode(new Leaves(null, new byte[100], null));
        SafeCodec small = CodecFixtures.codec(64, CodecFixtures.DEFAULT_MAX_DEPTH);
        DecodeException e = assertThrows(DecodeException.class, () -> small.decode(frame, Leaves.class));
        assertEquals("frame of " + frame.length + " bytes exceeds the limit of 64", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(longs = {HUGE, MINUS_ONE, 0x4000_0000L, 7})
    void rejectsStringLengthsBeyondTheFrame(long length) {
        byte[] frame = FrameBytes.ofType(CodecFixtures.LEAVES).bytes(PRESENT).varint(length)
                .bytes('a', 'b', 'c', 'd', 'e', 'f').build();
        assertRejected("string length exceeds the bytes left in the frame", frame, Leaves.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {HUGE, MINUS_ONE, 0x4000_0000L, 4})
    void rejectsByteArrayLengthsBeyondTheFrame(long length) {
        byte[] frame = FrameBytes.ofType(CodecFixtures.LEAVES).bytes(ABSENT, PRESENT).varint(length)
                .bytes(1, 2, 3).build();
        assertRejected("byte array length exceeds the bytes left in the frame", frame, Leaves.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {HUGE, MINUS_ONE, 0x4000_0000L, 3})
    void rejectsListCountsBeyondTheFrame(long count) {
        byte[] frame = FrameBytes.ofType(CodecFixtures.LISTS).bytes(PRESENT).varint(count)
                .bytes(ABSENT, ABSENT).build();
        assertRejected("list length exceeds the bytes left in the frame", frame, Lists.class);
    }

    @Test
    void rejectsNestedListCountsBeyondTheFrame() {
        byte[] frame = FrameBytes.ofType(CodecFixtures.LISTS).bytes(ABSENT, ABSENT, ABSENT, PRESENT)
                .varint(1).bytes(PRESENT).varint(HUGE).build();
        assertRejected("list length exceeds the bytes left in the frame", frame, Lists.class);
    }

    @Test
    void acceptsChainsUpToTheDepthLimitAndRejectsDeeper() throws DecodeException {
        int limit = CodecFixtures.DEFAULT_MAX_DEPTH;
        assertEquals(limit, codec.decode(FrameBytes.chain(limit), Chain.class).value());
        assertRejected("message nests deeper than 16 levels", FrameBytes.chain(limit + 1), Chain.class);
    }

    @Test
    void rejectsVeryDeepNestingWithoutExhaustingTheStack() {
        SafeCodec roomy = CodecFixtures.codec(1 << 20, CodecFixtures.DEFAULT_MAX_DEPTH);
        DecodeException chain = assertThrows(DecodeException.class,
                () -> roomy.decode(FrameBytes.chain(100_000), Chain.class));
        assertEquals("message nests deeper than 16 levels", chain.getMessage());
        byte[] nodeFrame = FrameBytes.nodes(100_000);
        DecodeException tree = assertThrows(DecodeException.class, () -> roomy.decode(nodeFrame, Node.class));
        assertEquals("message nests deeper than 16 levels", tree.getMessage());
    }

    @Test
    void rejectsPresenceMarkersOtherThanZeroOrOne() {
        byte[] frame = FrameBytes.ofType(CodecFixtures.LEAVES).bytes(2, ABSENT, ABSENT).build();
        assertRejected("presence marker is neither 0 nor 1", frame, Leaves.class);
    }

    @Test
    void rejectsBooleansOtherThanZeroOrOne() {
        byte[] valid = codec.encode(new Primitives(0, 0, (short) 0, (byte) 0, 'a', true, 0f, 0d));
        int booleanIndex = 1 + 1 + 1 + 2 + 1 + 2;
        valid[booleanIndex] = 2;
        assertRejected("boolean is neither 0 nor 1", valid, Primitives.class);
    }

    @Test
    void rejectsEnumOrdinalsOutOfRange() {
        byte[] frame = FrameBytes.ofType(CodecFixtures.LEAVES).bytes(ABSENT, ABSENT, PRESENT, 3).build();
        assertRejected("Color ordinal is out of range", frame, Leaves.class);
        byte[] negative = FrameBytes.ofType(CodecFixtures.LEAVES).bytes(ABSENT, ABSENT, PRESENT)
                .varint(MINUS_ONE).build();
        assertRejected("Color ordinal is out of range", negative, Leaves.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c328", "c080", "eda080", "f4908080", "ff", "e282"})
    void rejectsMalformedUtf8(String hex) {
        byte[] utf8 = java.util.HexFormat.of().parseHex(hex);
        byte[] frame = FrameBytes.ofType(CodecFixtures.LEAVES).bytes(PRESENT).varint(utf8.length).bytes(utf8)
                .bytes(ABSENT, ABSENT).build();
        assertRejected("string is not valid UTF-8", frame, Leaves.class);
    }

    @Test
    void reportsARecordsOwnValidationWithoutItsMessage() {
        byte[] frame = FrameBytes.ofType(CodecFixtures.CHECKED).zigzag(-5).build();
        DecodeException e = assertRejected("Checked rejected the decoded values", frame, Checked.class);
        assertFalse(e.getMessage().contains("-5"));
        assertEquals(null, e.getCause());
    }

    @Test
    void refusesToDecodeIntoAnUnregisteredType() {
        byte[] frame = codec.encode(new Chain(1, null));
        assertThrows(IllegalArgumentException.class, () -> codec.decode(frame, String.class));
        assertThrows(NullPointerException.class, () -> codec.decode(null, Chain.class));
    }

    private DecodeException assertRejected(String message, byte[] frame, Class<?> expected) {
        DecodeException e = assertThrows(DecodeException.class, () -> codec.decode(frame, expected));
        assertEquals(message, e.getMessage());
        assertClean(e);
        return e;
    }

    private static void assertClean(DecodeException e) {
        String message = e.getMessage();
        assertTrue(!message.isEmpty() && message.length() < 100, message);
        assertFalse(message.contains("\n"), message);
        assertEquals(null, e.getCause());
    }
}

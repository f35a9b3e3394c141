package app.pli.core.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.codec.CodecFixtures.Chain;
import app.pli.core.codec.CodecFixtures.Leaves;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCodecBuilderTest {
    record WithObject(Object value) {}

    record WithMap(Map<String, String> value) {}

    record WithSet(Set<String> value) {}

    record WithIntArray(int[] value) {}

    record WithOptional(Optional<String> value) {}

    @SuppressWarnings("rawtypes")
    record WithRawList(List value) {}

    record WithWildcardList(List<? extends Number> value) {}

    record WithGeneric<T>(T value) {}

    record Inner(int value) {}

    record Outer(Inner inner) {}

    record OuterList(List<Inner> inners) {}

    static final class NotARecord {}

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 9, 99, 16_384, Integer.MAX_VALUE})
    void rejectsIdsOutsideTheMessageRange(int id) {
        assertThrows(IllegalArgumentException.class, () -> SafeCodec.builder().register(id, Inner.class));
    }

    @Test
    void acceptsTheEdgesOfTheMessageRange() throws DecodeException {
        SafeCodec codec = SafeCodec.builder().register(100, Inner.class).register(16_383, Outer.class)
                .maxFrameBytes(64).maxDepth(2).build();
        Outer outer = new Outer(new Inner(3));
        byte[] frame = codec.encode(outer);
        assertArrayEquals(new byte[] {(byte) 0xff, 0x7f, 1, 6}, frame);
        assertEquals(outer, codec.decode(frame, Outer.class));
    }

    @Test
    void rejectsDuplicateIdsAndTypes() {
        SafeCodec.Builder builder = SafeCodec.builder().register(100, Inner.class);
        assertThrows(IllegalArgumentException.class, () -> builder.register(100, Outer.class));
        assertThrows(IllegalArgumentException.class, () -> builder.register(101, Inner.class));
    }

    @Test
    void rejectsTypesThatAreNotRecords() {
        assertThrows(IllegalArgumentException.class, () -> SafeCodec.builder().register(100, NotARecord.class));
        assertThrows(IllegalArgumentException.class, () -> SafeCodec.builder().register(100, String.class));
    }

    @ParameterizedTest
    @ValueSource(classes = {WithObject.class, WithMap.class, WithSet.class, WithIntArray.class,
        WithOptional.class, WithRawList.class, WithWildcardList.class, WithGeneric.class})
    void rejectsUnsupportedComponentTypes(Class<?> type) {
        SafeCodec.Builder builder = SafeCodec.builder().register(100, type).maxFrameBytes(64).maxDepth(4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().startsWith(type.getSimpleName() + ".value"), e.getMessage());
        assertTrue(e.getMessage().contains("has unsupported type"), e.getMessage());
    }

    @Test
    void rejectsReferencesToUnregisteredRecords() {
        SafeCodec.Builder direct = SafeCodec.builder().register(100, Outer.class).maxFrameBytes(64).maxDepth(4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, direct::build);
        assertTrue(e.getMessage().startsWith("Outer.inner uses record"), e.getMessage());
        SafeCodec.Builder inList = SafeCodec.builder().register(100, OuterList.class).maxFrameBytes(64).maxDepth(4);
        assertThrows(IllegalArgumentException.class, inList::build);
    }

    @Test
    void requiresRegistrationsAndBothLimits() {
        assertThrows(IllegalStateException.class, () -> SafeCodec.builder().maxFrameBytes(64).maxDepth(4).build());
        assertThrows(IllegalStateException.class,
                () -> SafeCodec.builder().register(100, Inner.class).maxFrameBytes(64).build());
        assertThrows(IllegalStateException.class,
                () -> SafeCodec.builder().register(100, Inner.class).maxDepth(4).build());
    }

    @Test
    void rejectsLimitsOutsideTheirRanges() {
        assertThrows(IllegalArgumentException.class, () -> SafeCodec.builder().maxFrameBytes(0));
        assertThrows(IllegalArgumentException.class,
                () -> SafeCodec.builder().maxFrameBytes(SafeCodec.MAX_FRAME_BYTES_CEILING + 1));
        assertThrows(IllegalArgumentException.class, () -> SafeCodec.builder().maxDepth(0));
        assertThrows(IllegalArgumentException.class,
                () -> SafeCodec.builder().maxDepth(SafeCodec.MAX_DEPTH_CEILING + 1));
    }

    @Test
    void encodeRejectsUnregisteredTypes() {
        SafeCodec codec = CodecFixtures.codec();
        EncodeException e = assertThrows(EncodeException.class, () -> codec.encode(new Inner(1)));
        assertEquals(Inner.class.getName() + " is not registered with this codec", e.getMessage());
        assertThrows(EncodeException.class, () -> codec.encode("text"));
        assertThrows(NullPointerException.class, () -> codec.encode(null));
    }

    @Test
    void encodeRejectsMessagesLargerThanAFrame() {
        SafeCodec codec = CodecFixtures.codec(64, CodecFixtures.DEFAULT_MAX_DEPTH);
        EncodeException e = assertThrows(EncodeException.class,
                () -> codec.encode(new Leaves(null, new byte[64], null)));
        assertEquals("Leaves does not fit in a frame of 64 bytes", e.getMessage());
    }

    @Test
    void encodeRejectsNestingBeyondTheLimit() {
        SafeCodec codec = CodecFixtures.codec();
        Chain tooDeep = CodecFixtures.chain(CodecFixtures.DEFAULT_MAX_DEPTH + 1);
        EncodeException e = assertThrows(EncodeException.class, () -> codec.encode(tooDeep));
        assertEquals("Chain: message nests deeper than 16 levels", e.getMessage());
    }

    @Test
    void encodeRejectsUnpairedSurrogates() {
        SafeCodec codec = CodecFixtures.codec();
        EncodeException e = assertThrows(EncodeException.class,
                () -> codec.encode(new Leaves("bad \uD800 text", null, null)));
        assertEquals("Leaves: string holds an unpaired surrogate", e.getMessage());
    }

    @Test
    void theCodecStaysUsableAfterFailures() throws DecodeException {
        SafeCodec codec = CodecFixtures.codec();
        assertThrows(EncodeException.class, () -> codec.encode(CodecFixtures.chain(40)));
        assertThrows(DecodeException.class, () -> codec.decode(new byte[] {(byte) 0x69, 2, 1, 4}, Chain.class));
        Chain ok = CodecFixtures.chain(3);
        assertEquals(ok, codec.decode(codec.encode(ok), Chain.class));
    }
}

package app.pli.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link SafeCodec#decodeAny}: one channel, several frame types of one family. */
class SafeCodecFamilyTest {
    interface Frame {}

    record Ping(long token) implements Frame {}

    record Data(byte[] payload) implements Frame {}

    record Stranger(int value) {}

    private static final SafeCodec CODEC = SafeCodec.builder()
            .register(120, Ping.class)
            .register(121, Data.class)
            .register(122, Stranger.class)
            .maxFrameBytes(1024)
            .maxDepth(2)
            .build();

    @Test
    void eachRegisteredMemberOfTheFamilyDecodesAsItself() throws DecodeException {
        assertEquals(new Ping(7), CODEC.decodeAny(CODEC.encode(new Ping(7)), Frame.class));
        Data data = (Data) CODEC.decodeAny(CODEC.encode(new Data(new byte[] {1, 2})), Frame.class);
        assertEquals(2, data.payload().length);
    }

    @Test
    void aRegisteredTypeOutsideTheFamilyIsRefused() {
        byte[] stranger = CODEC.encode(new Stranger(1));
        assertThrows(DecodeException.class, () -> CODEC.decodeAny(stranger, Frame.class));
    }

    @Test
    void unknownIdsTruncationAndOversizeAreRefused() {
        assertThrows(DecodeException.class, () -> CODEC.decodeAny(new byte[] {(byte) 0x7f}, Frame.class));
        byte[] ping = CODEC.encode(new Ping(Long.MAX_VALUE));
        assertThrows(DecodeException.class,
                () -> CODEC.decodeAny(java.util.Arrays.copyOf(ping, ping.length - 1), Frame.class));
        assertThrows(DecodeException.class, () -> CODEC.decodeAny(new byte[2048], Frame.class));
        assertThrows(DecodeException.class, () -> CODEC.decodeAny(new byte[0], Frame.class));
    }
}

package app.pli.core.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SizeClassFramesTest {
    @Test
    void bodiesRoundTripInTheirSizeClass() throws DecodeException {
        byte[] small = {1, 2, 3};
        byte[] control = SizeClassFrames.pad(small, false);
        assertEquals(SizeClassFrames.CONTROL_PLAINTEXT_BYTES, control.length);
        SizeClassFrames.Opened opened = SizeClassFrames.open(control);
        assertArrayEquals(small, opened.body());
        assertEquals(false, opened.blockClass());

        byte[] largest = new byte[SizeClassFrames.MAX_BODY_BYTES];
        largest[0] = 9;
        byte[] block = SizeClassFrames.pad(largest, true);
        assertEquals(SizeClassFrames.BLOCK_PLAINTEXT_BYTES, block.length);
        assertTrue(SizeClassFrames.open(block).blockClass());
        assertArrayEquals(largest, SizeClassFrames.open(block).body());
    }

    @Test
    void aBodyTooLargeOrEmptyIsABug() {
        assertThrows(IllegalStateException.class,
                () -> SizeClassFrames.pad(new byte[SizeClassFrames.CONTROL_PLAINTEXT_BYTES - 1], false));
        assertThrows(IllegalStateException.class, () -> SizeClassFrames.pad(new byte[0], true));
    }

    @Test
    void malformedPlaintextsAreRefused() {
        assertThrows(DecodeException.class, () -> SizeClassFrames.open(new byte[100]));
        assertThrows(DecodeException.class,
                () -> SizeClassFrames.open(new byte[SizeClassFrames.CONTROL_PLAINTEXT_BYTES]), "zero length");
        byte[] tooLong = new byte[SizeClassFrames.CONTROL_PLAINTEXT_BYTES];
        tooLong[0] = (byte) 0xff;
        assertThrows(DecodeException.class, () -> SizeClassFrames.open(tooLong));
        byte[] dirty = SizeClassFrames.pad(new byte[] {1}, false);
        dirty[dirty.length - 1] = 1;
        assertThrows(DecodeException.class, () -> SizeClassFrames.open(dirty));
    }
}

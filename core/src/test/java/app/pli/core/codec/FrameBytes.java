package app.pli.core.codec;

import java.io.ByteArrayOutputStream;

/**
 * Writes frames by hand, following the wire format in the package summary rather than
 * Kryo, so tests can forge lengths and markers the encoder would never produce.
 */
final class FrameBytes {
    static final int PRESENT = 1;
    static final int ABSENT = 0;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static FrameBytes ofType(int id) {
        return new FrameBytes().varint(id);
    }

    /** An unsigned LEB128 varint of the low 35 bits (up to 5 bytes, as Kryo reads). */
    FrameBytes varint(long value) {
        long rest = value & 0x7_FFFF_FFFFL;
        do {
            int low = (int) (rest & 0x7F);
            rest >>>= 7;
            out.write(rest == 0 ? low : low | 0x80);
        } while (rest != 0);
        return this;
    }

    /** A zig-zag varint int, the encoding of an int component. */
    FrameBytes zigzag(int value) {
        return varint(Integer.toUnsignedLong((value << 1) ^ (value >> 31)));
    }

    FrameBytes bytes(int... values) {
        for (int value : values) {
            out.write(value);
        }
        return this;
    }

    FrameBytes bytes(byte[] values) {
        out.writeBytes(values);
        return this;
    }

    /** A {@code Chain} frame of {@code length} records, each but the last holding the next. */
    static byte[] chain(int length) {
        FrameBytes frame = ofType(CodecFixtures.CHAIN);
        for (int i = length; i > 1; i--) {
            frame.zigzag(i).bytes(PRESENT);
        }
        return frame.zigzag(1).bytes(ABSENT).build();
    }

    /** A {@code Node} frame nested {@code levels} nodes deep, each the single child of the one above. */
    static byte[] nodes(int levels) {
        FrameBytes frame = ofType(CodecFixtures.NODE);
        for (int level = 1; level < levels; level++) {
            frame.bytes(ABSENT, PRESENT).varint(1).bytes(PRESENT);
        }
        return frame.bytes(ABSENT, ABSENT).build();
    }

    byte[] build() {
        return out.toByteArray();
    }
}

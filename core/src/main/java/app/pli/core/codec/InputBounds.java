package app.pli.core.codec;

import com.esotericsoftware.kryo.io.Input;

/** Checks a length or count read from a frame against the bytes the frame still holds. */
final class InputBounds {
    private InputBounds() {}

    static int remaining(Input input) {
        return input.limit() - input.position();
    }

    /**
     * Reads a varint length (or element count) and proves, before anything is allocated for
     * it, that the frame still holds at least that many bytes. Every element of a list takes
     * at least one byte, so the same bound holds for counts.
     */
    static int readLength(Input input, String what) {
        int length = input.readVarInt(true);
        if (length < 0 || length > remaining(input)) {
            throw new CodecViolation(what + " length exceeds the bytes left in the frame");
        }
        return length;
    }
}

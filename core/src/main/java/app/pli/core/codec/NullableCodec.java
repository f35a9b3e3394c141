package app.pli.core.codec;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

/**
 * A reference value preceded by one presence byte: 0 for null, 1 for a value; any other
 * byte is rejected. Because of that byte, every reference value (and so every list
 * element) takes at least one byte of the frame.
 */
final class NullableCodec implements ValueCodec {
    private static final byte ABSENT = 0;
    private static final byte PRESENT = 1;

    private final ValueCodec value;

    NullableCodec(ValueCodec value) {
        this.value = value;
    }

    @Override
    public void write(Kryo kryo, Output output, Object object) {
        if (object == null) {
            output.writeByte(ABSENT);
        } else {
            output.writeByte(PRESENT);
            value.write(kryo, output, object);
        }
    }

    @Override
    public Object read(Kryo kryo, Input input) {
        byte marker = input.readByte();
        if (marker == ABSENT) {
            return null;
        }
        if (marker != PRESENT) {
            throw new CodecViolation("presence marker is neither 0 nor 1");
        }
        return value.read(kryo, input);
    }
}

package app.pli.core.codec;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.Optional;

/**
 * The eight primitive types: int and long as zig-zag varints, short and char as 2 bytes,
 * byte as 1, boolean as one byte that must be 0 or 1, float and double as their IEEE bits.
 * A boxed component uses the same codec behind a {@link NullableCodec}.
 */
enum PrimitiveCodec implements ValueCodec {
    INT(int.class, Integer.class) {
        @Override
        public void write(Kryo kryo, Output output, Object value) {
            output.writeVarInt((Integer) value, false);
        }

        @Override
        public Object read(Kryo kryo, Input input) {
            return input.readVarInt(false);
        }
    },
    LONG(long.class, Long.class) {
        @Override
        public void write(Kryo kryo, Output output, Object value) {
            output.writeVarLong((Long) value, false);
        }

        @Override
        public Object read(Kryo kryo, Input input) {
            return input.readVarLong(false);
        }
    },
    SHORT(short.class, Short.class) {
        @Override
        public void write(Kryo kryo, Output output, Object value) {
            output.writeShort((Short) value);
        }

        @Override
        public Object read(Kryo kryo, Input input) {
            return input.readShort();
        }
    },
    BYTE(byte.class, Byte.class) {
        @Override
        public void write(Kryo kryo, Output output, Object value) {
            output.writeByte((Byte) value);
        }

        @Override
        public Object read(Kryo kryo, Input input) {
            return input.readByte();
        }
    },
    CHAR(char.class, Character.class) {
        @Override
        public void write(Kryo kryo, Output output, Object value) {
            output.writeChar((Character) value);
        }

        @Override
        public Object read(Kryo kryo, Input input) {
            return input.readChar();
        }
    },
    BOOLEAN(boolean.class, Boolean.class) {
        @Override
        public void write(Kryo kryo, Output output, Object value) {
            output.writeByte((Boolean) value ? 1 : 0);
        }

        @Override
        public Object read(Kryo kryo, Input input) {
            byte value = input.readByte();
            if (value != 0 && value != 1) {
                throw new CodecViolation("boolean is neither 0 nor 1");
            }
            return value == 1;
        }
    },
    FLOAT(float.class, Float.class) {
        @Override
        public void write(Kryo kryo, Output output, Object value) {
            output.writeFloat((Float) value);
        }

        @Override
        public Object read(Kryo kryo, Input input) {
            return input.readFloat();
        }
    },
    DOUBLE(double.class, Double.class) {
        @Override
        public void write(Kryo kryo, Output output, Object value) {
            output.writeDouble((Double) value);
        }

        @Override
        public Object read(Kryo kryo, Input input) {
            return input.readDouble();
        }
    };

    private final Class<?> primitive;
    private final Class<?> boxed;

    PrimitiveCodec(Class<?> primitive, Class<?> boxed) {
        this.primitive = primitive;
        this.boxed = boxed;
    }

    /** The codec for a primitive type such as {@code int.class}. */
    static Optional<PrimitiveCodec> forPrimitive(Class<?> type) {
        for (PrimitiveCodec codec : values()) {
            if (codec.primitive == type) {
                return Optional.of(codec);
            }
        }
        return Optional.empty();
    }

    /** The codec for a boxed type such as {@code Integer.class}. */
    static Optional<PrimitiveCodec> forBoxed(Class<?> type) {
        for (PrimitiveCodec codec : values()) {
            if (codec.boxed == type) {
                return Optional.of(codec);
            }
        }
        return Optional.empty();
    }
}

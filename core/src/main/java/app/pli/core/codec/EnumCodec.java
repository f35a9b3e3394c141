package app.pli.core.codec;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

/**
 * An enum constant as its ordinal (varint). Appending constants keeps old frames valid;
 * reordering or removing them does not.
 */
final class EnumCodec implements ValueCodec {
    private final Class<?> type;
    private final Object[] constants;

    EnumCodec(Class<?> enumType) {
        this.type = enumType;
        this.constants = enumType.getEnumConstants();
    }

    @Override
    public void write(Kryo kryo, Output output, Object value) {
        output.writeVarInt(((Enum<?>) type.cast(value)).ordinal(), true);
    }

    @Override
    public Object read(Kryo kryo, Input input) {
        int ordinal = input.readVarInt(true);
        if (ordinal < 0 || ordinal >= constants.length) {
            throw new CodecViolation(type.getSimpleName() + " ordinal is out of range");
        }
        return constants[ordinal];
    }
}

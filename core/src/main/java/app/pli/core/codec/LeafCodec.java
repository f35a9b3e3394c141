package app.pli.core.codec;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

/**
 * A value that holds no other values (a string or a byte array), written by its
 * serializer directly: it adds no nesting level.
 */
final class LeafCodec<T> implements ValueCodec {
    private final Class<T> type;
    private final Serializer<T> serializer;

    LeafCodec(Class<T> type, Serializer<T> serializer) {
        this.type = type;
        this.serializer = serializer;
    }

    @Override
    public void write(Kryo kryo, Output output, Object value) {
        serializer.write(kryo, output, type.cast(value));
    }

    @Override
    public Object read(Kryo kryo, Input input) {
        return serializer.read(kryo, input, type);
    }
}

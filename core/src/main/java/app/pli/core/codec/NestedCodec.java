package app.pli.core.codec;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

/**
 * A value that holds other values (a record or a list): one nesting level deeper. Kryo
 * counts the levels; this codec refuses to open one beyond the limit, on the way in and
 * on the way out, so a crafted frame cannot recurse until the stack overflows.
 */
final class NestedCodec implements ValueCodec {
    private final Class<?> type;
    private final Serializer<?> serializer;
    private final int maxDepth;

    private NestedCodec(Class<?> type, Serializer<?> serializer, int maxDepth) {
        this.type = type;
        this.serializer = serializer;
        this.maxDepth = maxDepth;
    }

    /** A registered record, written by the serializer its registration names. */
    static NestedCodec ofRecord(Class<?> recordType, int maxDepth) {
        return new NestedCodec(recordType, null, maxDepth);
    }

    /** A value written by {@code serializer}, which is not registered with Kryo. */
    static NestedCodec of(Class<?> type, Serializer<?> serializer, int maxDepth) {
        return new NestedCodec(type, serializer, maxDepth);
    }

    @Override
    public void write(Kryo kryo, Output output, Object value) {
        checkDepth(kryo);
        Object typed = type.cast(value);
        if (serializer == null) {
            kryo.writeObject(output, typed);
        } else {
            kryo.writeObject(output, typed, serializer);
        }
    }

    @Override
    public Object read(Kryo kryo, Input input) {
        checkDepth(kryo);
        return serializer == null ? kryo.readObject(input, type) : kryo.readObject(input, type, serializer);
    }

    private void checkDepth(Kryo kryo) {
        if (kryo.getDepth() >= maxDepth) {
            throw new CodecViolation("message nests deeper than " + maxDepth + " levels");
        }
    }
}

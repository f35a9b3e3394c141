package app.pli.core.codec;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A list as a varint count and its elements, each behind a presence byte. The count is
 * checked against the bytes left (every element takes at least one byte), and the list
 * grows only as elements actually arrive, so memory stays proportional to the frame.
 * Decoded lists are unmodifiable and may hold nulls.
 */
final class BoundedListSerializer extends Serializer<List<?>> {
    /** Pre-sizing is capped: a claimed count is not yet proof that the elements exist. */
    private static final int MAX_INITIAL_CAPACITY = 64;

    private final NullableCodec element;

    BoundedListSerializer(NullableCodec element) {
        super(false, true);
        this.element = element;
    }

    @Override
    public void write(Kryo kryo, Output output, List<?> list) {
        output.writeVarInt(list.size(), true);
        for (Object item : list) {
            element.write(kryo, output, item);
        }
    }

    @Override
    public List<?> read(Kryo kryo, Input input, Class<? extends List<?>> type) {
        int count = InputBounds.readLength(input, "list");
        List<Object> items = new ArrayList<>(Math.min(count, MAX_INITIAL_CAPACITY));
        for (int i = 0; i < count; i++) {
            items.add(element.read(kryo, input));
        }
        return Collections.unmodifiableList(items);
    }
}

package app.pli.core.codec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chooses the codec for each record component from its declared (generic) type, and
 * refuses, when the codec is built, any type the wire format does not support. Supported:
 * primitives, boxed primitives, String, byte[], enums, registered records, and
 * {@code List<T>} of any supported reference type.
 */
final class ComponentCodecFactory {
    private final Set<Class<?>> registeredRecords;
    private final int maxDepth;
    private final LeafCodec<String> strings = new LeafCodec<>(String.class, new BoundedStringSerializer());
    private final LeafCodec<byte[]> byteArrays = new LeafCodec<>(byte[].class, new BoundedBytesSerializer());

    ComponentCodecFactory(Set<Class<?>> registeredRecords, int maxDepth) {
        this.registeredRecords = Set.copyOf(registeredRecords);
        this.maxDepth = maxDepth;
    }

    /** One codec per component of {@code recordType}, in declaration order. */
    List<ValueCodec> forRecord(Class<?> recordType) {
        List<ValueCodec> codecs = new ArrayList<>();
        for (RecordComponent component : recordType.getRecordComponents()) {
            String where = recordType.getSimpleName() + "." + component.getName();
            codecs.add(forType(component.getGenericType(), where));
        }
        return codecs;
    }

    private ValueCodec forType(Type type, String where) {
        if (type instanceof Class<?> plain) {
            if (plain.isPrimitive()) {
                return PrimitiveCodec.forPrimitive(plain).orElseThrow(() -> unsupported(type, where));
            }
            return new NullableCodec(forReference(plain, where));
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            Type elementType = generic.getActualTypeArguments()[0];
            if (!(forType(elementType, where + " element") instanceof NullableCodec element)) {
                throw unsupported(type, where);
            }
            return new NullableCodec(NestedCodec.of(List.class, new BoundedListSerializer(element), maxDepth));
        }
        throw unsupported(type, where);
    }

    private ValueCodec forReference(Class<?> type, String where) {
        if (type == String.class) {
            return strings;
        }
        if (type == byte[].class) {
            return byteArrays;
        }
        if (type.isEnum()) {
            return new EnumCodec(type);
        }
        if (type.isRecord()) {
            if (!registeredRecords.contains(type)) {
                throw new IllegalArgumentException(
                        where + " uses record " + type.getName() + ", which is not registered");
            }
            return NestedCodec.ofRecord(type, maxDepth);
        }
        return PrimitiveCodec.forBoxed(type).orElseThrow(() -> unsupported(type, where));
    }

    private static IllegalArgumentException unsupported(Type type, String where) {
        return new IllegalArgumentException(where + " has unsupported type " + type.getTypeName()
                + " (supported: primitives, boxed primitives, String, byte[], enums,"
                + " registered records, List of those)");
    }
}

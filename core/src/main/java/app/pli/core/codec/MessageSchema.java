package app.pli.core.codec;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.SerializerFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * The registered message records of one codec, their ids and their serializers, fixed
 * when the codec is built; it configures each Kryo instance the codec's pool creates.
 */
final class MessageSchema {
    private final Map<Integer, Class<?>> typesById;
    private final Map<Class<?>, Integer> idsByType = new HashMap<>();
    private final Map<Class<?>, RecordSerializer> serializers = new HashMap<>();
    private final int maxDepth;

    /** @throws IllegalArgumentException if a record has a component type the codec cannot carry */
    MessageSchema(Map<Integer, Class<?>> typesById, int maxDepth) {
        this.typesById = Map.copyOf(typesById);
        this.maxDepth = maxDepth;
        this.typesById.forEach((id, type) -> idsByType.put(type, id));
        ComponentCodecFactory factory = new ComponentCodecFactory(idsByType.keySet(), maxDepth);
        for (Class<?> type : idsByType.keySet()) {
            serializers.put(type, new RecordSerializer(type, factory.forRecord(type)));
        }
    }

    /** The record registered under {@code id}, or null. */
    Class<?> typeOf(int id) {
        return typesById.get(id);
    }

    /** The id of {@code type}, or null when it is not registered. */
    Integer idOf(Class<?> type) {
        return idsByType.get(type);
    }

    /**
     * A Kryo instance that knows only this schema's records: registration required, no
     * references, no default serializer, the schema's depth limit.
     */
    Kryo newKryo() {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(true);
        kryo.setReferences(false);
        kryo.setMaxDepth(maxDepth);
        kryo.setDefaultSerializer(new NoDefaultSerializer());
        typesById.forEach((id, type) -> kryo.register(type, serializers.get(type), id));
        return kryo;
    }

    /** Refuses to invent a serializer for any class: every type must come with its own. */
    @SuppressWarnings("rawtypes")
    private static final class NoDefaultSerializer implements SerializerFactory<Serializer<?>> {
        @Override
        public Serializer<?> newSerializer(Kryo kryo, Class type) {
            throw new IllegalArgumentException("the codec has no default serializer for " + type.getName());
        }

        @Override
        public boolean isSupported(Class type) {
            return false;
        }
    }
}

package app.pli.core.codec;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A record as its components in declaration order, with no names or tags, built through
 * its canonical constructor so that any validation the record performs also guards decoded
 * frames. Immutable, and shared by every Kryo instance of one codec.
 */
final class RecordSerializer extends Serializer<Record> {
    private final Class<?> type;
    private final Method[] accessors;
    private final ValueCodec[] components;
    private final Constructor<?> constructor;

    /**
     * @param components one codec per record component, in declaration order
     * @throws IllegalArgumentException if the record's members cannot be made accessible
     */
    RecordSerializer(Class<?> recordType, List<ValueCodec> components) {
        super(false, true);
        RecordComponent[] declared = recordType.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[declared.length];
        this.type = recordType;
        this.accessors = new Method[declared.length];
        this.components = components.toArray(new ValueCodec[0]);
        try {
            for (int i = 0; i < declared.length; i++) {
                accessors[i] = declared[i].getAccessor();
                accessors[i].setAccessible(true);
                parameterTypes[i] = declared[i].getType();
            }
            this.constructor = recordType.getDeclaredConstructor(parameterTypes);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "cannot access the members of record " + recordType.getName(), e);
        }
    }

    @Override
    public void write(Kryo kryo, Output output, Record record) {
        for (int i = 0; i < components.length; i++) {
            components[i].write(kryo, output, componentValue(record, i));
        }
    }

    @Override
    public Record read(Kryo kryo, Input input, Class<? extends Record> requested) {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].read(kryo, input);
        }
        return construct(values);
    }

    private Object componentValue(Record record, int index) {
        try {
            return accessors[index].invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("accessor became inaccessible: " + accessors[index], e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("accessor failed: " + accessors[index], e.getCause());
        }
    }

    private Record construct(Object[] values) {
        try {
            return (Record) constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            // The record's own validation refused the values; its message may quote them.
            throw new CodecViolation(type.getSimpleName() + " rejected the decoded values");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }
}

package app.pli.core.codec;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

/**
 * Writes and reads one record component (or list element) of a type fixed by the schema,
 * so the frame never names a class. Implementations are immutable and shared by all Kryo
 * instances of a codec.
 */
interface ValueCodec {
    void write(Kryo kryo, Output output, Object value);

    Object read(Kryo kryo, Input input);
}

package app.pli.core.codec;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

/**
 * A byte array as a varint length and the bytes. Unlike Kryo's own array serializer, it
 * allocates only after proving the frame holds that many bytes, so a forged length of
 * 2^31 costs nothing.
 */
final class BoundedBytesSerializer extends Serializer<byte[]> {
    BoundedBytesSerializer() {
        super(false, true);
    }

    @Override
    public void write(Kryo kryo, Output output, byte[] bytes) {
        output.writeVarInt(bytes.length, true);
        output.writeBytes(bytes);
    }

    @Override
    public byte[] read(Kryo kryo, Input input, Class<? extends byte[]> type) {
        int length = InputBounds.readLength(input, "byte array");
        return input.readBytes(length);
    }
}

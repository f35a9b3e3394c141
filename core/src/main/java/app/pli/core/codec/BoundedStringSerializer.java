package app.pli.core.codec;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A string as a varint byte length and strict UTF-8. The length is checked against the
 * bytes left before decoding; malformed UTF-8 is rejected, and so is a string holding an
 * unpaired surrogate on the way out, so every string survives a round trip unchanged.
 */
final class BoundedStringSerializer extends Serializer<String> {
    BoundedStringSerializer() {
        super(false, true);
    }

    @Override
    public void write(Kryo kryo, Output output, String text) {
        ByteBuffer utf8;
        try {
            utf8 = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw new CodecViolation("string holds an unpaired surrogate");
        }
        output.writeVarInt(utf8.remaining(), true);
        output.writeBytes(utf8.array(), utf8.arrayOffset() + utf8.position(), utf8.remaining());
    }

    @Override
    public String read(Kryo kryo, Input input, Class<? extends String> type) {
        int length = InputBounds.readLength(input, "string");
        ByteBuffer utf8 = ByteBuffer.wrap(input.getBuffer(), input.position(), length);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(utf8)
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CodecViolation("string is not valid UTF-8");
        }
        input.setPosition(input.position() + length);
        return text;
    }
}

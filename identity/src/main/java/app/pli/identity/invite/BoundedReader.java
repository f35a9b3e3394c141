package app.pli.identity.invite;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads big-endian fields from an unauthenticated byte array, checking every length against
 * the bytes that remain before it reads or allocates anything.
 *
 * <p>Invariant: a read either returns a value taken from inside the array or throws
 * {@link InvalidInvitationException#malformed()}; it never allocates more than the input's
 * size and never reads past its end.
 */
final class BoundedReader {
    private final byte[] input;
    private int position;

    BoundedReader(byte[] input) {
        this.input = input;
    }

    int u8() throws InvalidInvitationException {
        require(1);
        return input[position++] & 0xFF;
    }

    int u16() throws InvalidInvitationException {
        return (u8() << 8) | u8();
    }

    long u64() throws InvalidInvitationException {
        require(Long.BYTES);
        long value = ByteBuffer.wrap(input, position, Long.BYTES).getLong();
        position += Long.BYTES;
        return value;
    }

    byte[] bytes(int length) throws InvalidInvitationException {
        require(length);
        byte[] out = Arrays.copyOfRange(input, position, position + length);
        position += length;
        return out;
    }

    /** A u16 length, which must be {@code exactLength}, and that many bytes. */
    byte[] prefixedBytes(int exactLength) throws InvalidInvitationException {
        if (u16() != exactLength) {
            throw InvalidInvitationException.malformed();
        }
        return bytes(exactLength);
    }

    /** A u16 length of 1 to {@code maxBytes}, and that many bytes of strict UTF-8. */
    String prefixedUtf8(int maxBytes) throws InvalidInvitationException {
        int length = u16();
        if (length < 1 || length > maxBytes) {
            throw InvalidInvitationException.malformed();
        }
        require(length);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(input, position, length))
                    .toString();
            position += length;
            return text;
        } catch (CharacterCodingException e) {
            throw InvalidInvitationException.malformed();
        }
    }

    /** Fails unless every byte was read: trailing bytes are not tolerated. */
    void requireEnd() throws InvalidInvitationException {
        if (position != input.length) {
            throw InvalidInvitationException.malformed();
        }
    }

    private void require(int length) throws InvalidInvitationException {
        if (length < 0 || length > input.length - position) {
            throw InvalidInvitationException.malformed();
        }
    }
}

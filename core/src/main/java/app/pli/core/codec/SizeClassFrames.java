package app.pli.core.codec;

import app.pli.core.block.BlockConstants;
import java.util.Arrays;
import java.util.Objects;

/**
 * The plaintext shape of every frame on a Noise channel (relay and LAN links alike):
 * {@code u16-be n || body(n) || zeros}, exactly {@link #CONTROL_PLAINTEXT_BYTES} long for a
 * frame without a block and {@link #BLOCK_PLAINTEXT_BYTES} for one with a block, so an
 * observer of the channel sees only two message sizes and learns no command.
 */
public final class SizeClassFrames {
    /** Plaintext size of every frame that carries no block. */
    public static final int CONTROL_PLAINTEXT_BYTES = 512;
    /** Plaintext size of every frame that carries one block. */
    public static final int BLOCK_PLAINTEXT_BYTES = BlockConstants.BLOCK_SIZE + 256;
    /** Bytes at the start of a plaintext that give the length of the body inside it. */
    public static final int BODY_LENGTH_BYTES = 2;
    /** The longest body: what a block-class plaintext holds. */
    public static final int MAX_BODY_BYTES = BLOCK_PLAINTEXT_BYTES - BODY_LENGTH_BYTES;

    private SizeClassFrames() {}

    /** A body as it arrived, with the size class it arrived in. */
    public record Opened(byte[] body, boolean blockClass) {}

    /**
     * {@code body} padded to its size class.
     *
     * @throws IllegalStateException if the body does not fit (a caller's frame type is too big: a bug)
     */
    public static byte[] pad(byte[] body, boolean blockClass) {
        Objects.requireNonNull(body, "body");
        int size = blockClass ? BLOCK_PLAINTEXT_BYTES : CONTROL_PLAINTEXT_BYTES;
        if (body.length == 0 || body.length > size - BODY_LENGTH_BYTES) {
            throw new IllegalStateException("a body of " + body.length + " bytes does not fit its size class");
        }
        byte[] plaintext = new byte[size];
        plaintext[0] = (byte) (body.length >>> 8);
        plaintext[1] = (byte) body.length;
        System.arraycopy(body, 0, plaintext, BODY_LENGTH_BYTES, body.length);
        return plaintext;
    }

    /**
     * The body of an authenticated {@code plaintext}.
     *
     * @throws DecodeException unless the plaintext has one of the two sizes, a body length
     *     in range, and only zeros after the body
     */
    public static Opened open(byte[] plaintext) throws DecodeException {
        Objects.requireNonNull(plaintext, "plaintext");
        boolean blockClass = plaintext.length == BLOCK_PLAINTEXT_BYTES;
        if (!blockClass && plaintext.length != CONTROL_PLAINTEXT_BYTES) {
            throw new DecodeException("frame plaintext has no valid size class");
        }
        int bodyLength = ((plaintext[0] & 0xff) << 8) | (plaintext[1] & 0xff);
        if (bodyLength == 0 || bodyLength > plaintext.length - BODY_LENGTH_BYTES) {
            throw new DecodeException("frame body length is out of range");
        }
        for (int i = BODY_LENGTH_BYTES + bodyLength; i < plaintext.length; i++) {
            if (plaintext[i] != 0) {
                throw new DecodeException("frame padding is not zero");
            }
        }
        return new Opened(Arrays.copyOfRange(plaintext, BODY_LENGTH_BYTES, BODY_LENGTH_BYTES + bodyLength), blockClass);
    }
}

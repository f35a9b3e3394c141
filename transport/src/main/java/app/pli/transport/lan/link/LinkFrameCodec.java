package app.pli.transport.lan.link;

import static app.pli.transport.lan.link.LinkConstants.BLOCK_PLAINTEXT_BYTES;
import static app.pli.transport.lan.link.LinkConstants.BODY_LENGTH_BYTES;
import static app.pli.transport.lan.link.LinkConstants.CONTROL_PLAINTEXT_BYTES;

import app.pli.core.codec.DecodeException;
import app.pli.core.codec.SafeCodec;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Turns LAN frames into fixed-size transport plaintexts and back, exactly as the relay
 * does: {@code uint16-be(n) || body || zeros}, {@link LinkConstants#CONTROL_PLAINTEXT_BYTES}
 * or {@link LinkConstants#BLOCK_PLAINTEXT_BYTES} long, where {@code body} is the
 * {@link SafeCodec} encoding of the frame (type id first). Decoding checks size class,
 * length and zero padding before the codec reads anything; the caller must have
 * authenticated the plaintext (Noise) before.
 *
 * <p>Thread-safe.
 */
final class LinkFrameCodec {
    /** Explicit type ids in the range 700..719 reserved for the LAN; an id is never reused. */
    private static final Map<Integer, Class<? extends Record>> TYPES = Map.of(
            700, LinkFrame.BlockFrame.class,
            701, LinkFrame.AckFrame.class,
            702, LinkFrame.RefuseFrame.class,
            703, LinkFrame.PingFrame.class,
            710, LinkFrame.IntroPart.class);

    private static final SafeCodec CODEC = buildCodec();

    private LinkFrameCodec() {}

    /** The plaintext of {@code frame}, padded to its size class. */
    static byte[] toPlaintext(LinkFrame frame) {
        Objects.requireNonNull(frame, "frame");
        byte[] body = CODEC.encode(frame);
        int size = frame.carriesBlock() ? BLOCK_PLAINTEXT_BYTES : CONTROL_PLAINTEXT_BYTES;
        if (body.length > size - BODY_LENGTH_BYTES) {
            throw new IllegalStateException(frame.getClass().getSimpleName() + " encodes to "
                    + body.length + " bytes, more than its size class holds");
        }
        byte[] plaintext = new byte[size];
        plaintext[0] = (byte) (body.length >>> 8);
        plaintext[1] = (byte) body.length;
        System.arraycopy(body, 0, plaintext, BODY_LENGTH_BYTES, body.length);
        return plaintext;
    }

    /**
     * The frame in an authenticated {@code plaintext}.
     *
     * @throws MalformedLinkFrameException if the plaintext is not exactly a padded encoding of
     *     one frame in its proper size class
     */
    static LinkFrame fromPlaintext(byte[] plaintext) throws MalformedLinkFrameException {
        Objects.requireNonNull(plaintext, "plaintext");
        boolean blockClass = plaintext.length == BLOCK_PLAINTEXT_BYTES;
        if (!blockClass && plaintext.length != CONTROL_PLAINTEXT_BYTES) {
            throw new MalformedLinkFrameException("frame plaintext has no valid size class");
        }
        int bodyLength = ((plaintext[0] & 0xff) << 8) | (plaintext[1] & 0xff);
        if (bodyLength == 0 || bodyLength > plaintext.length - BODY_LENGTH_BYTES) {
            throw new MalformedLinkFrameException("frame body length is out of range");
        }
        for (int i = BODY_LENGTH_BYTES + bodyLength; i < plaintext.length; i++) {
            if (plaintext[i] != 0) {
                throw new MalformedLinkFrameException("frame padding is not zero");
            }
        }
        byte[] body = Arrays.copyOfRange(plaintext, BODY_LENGTH_BYTES, BODY_LENGTH_BYTES + bodyLength);
        LinkFrame frame;
        try {
            frame = CODEC.decodeAny(body, LinkFrame.class);
        } catch (DecodeException e) {
            throw new MalformedLinkFrameException("frame does not decode: " + e.getMessage());
        }
        if (frame.carriesBlock() != blockClass) {
            throw new MalformedLinkFrameException("frame arrived in the wrong size class");
        }
        return frame;
    }


    private static SafeCodec buildCodec() {
        SafeCodec.Builder builder = SafeCodec.builder()
                .maxFrameBytes(BLOCK_PLAINTEXT_BYTES - BODY_LENGTH_BYTES)
                .maxDepth(LinkConstants.MAX_DECODE_DEPTH);
        TYPES.forEach(builder::register);
        return builder.build();
    }
}

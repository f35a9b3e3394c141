package app.pli.transport.lan.link;


import app.pli.core.codec.DecodeException;
import app.pli.core.codec.SafeCodec;
import app.pli.core.codec.SizeClassFrames;
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
    /** Explicit type ids in the range 700..729 reserved for the LAN; an id is never reused. */
    private static final Map<Integer, Class<? extends Record>> TYPES = Map.of(
            700, LinkFrame.BlockFrame.class,
            701, LinkFrame.AckFrame.class,
            702, LinkFrame.RefuseFrame.class,
            703, LinkFrame.PingFrame.class,
            710, LinkFrame.IntroPart.class,
            720, LinkFrame.FileRequestFrame.class,
            721, LinkFrame.FileBlockFrame.class,
            722, LinkFrame.FileMissingFrame.class);

    private static final SafeCodec CODEC = buildCodec();

    private LinkFrameCodec() {}

    /** The plaintext of {@code frame}, padded to its size class. */
    static byte[] toPlaintext(LinkFrame frame) {
        Objects.requireNonNull(frame, "frame");
        return SizeClassFrames.pad(CODEC.encode(frame), frame.carriesBlock());
    }

    /**
     * The frame in an authenticated {@code plaintext}.
     *
     * @throws MalformedLinkFrameException if the plaintext is not exactly a padded encoding of
     *     one frame in its proper size class
     */
    static LinkFrame fromPlaintext(byte[] plaintext) throws MalformedLinkFrameException {
        Objects.requireNonNull(plaintext, "plaintext");
        SizeClassFrames.Opened opened;
        try {
            opened = SizeClassFrames.open(plaintext);
        } catch (DecodeException e) {
            throw new MalformedLinkFrameException(e.getMessage());
        }
        LinkFrame frame;
        try {
            frame = CODEC.decodeAny(opened.body(), LinkFrame.class);
        } catch (DecodeException e) {
            throw new MalformedLinkFrameException("frame does not decode: " + e.getMessage());
        }
        if (frame.carriesBlock() != opened.blockClass()) {
            throw new MalformedLinkFrameException("frame arrived in the wrong size class");
        }
        return frame;
    }


    private static SafeCodec buildCodec() {
        SafeCodec.Builder builder = SafeCodec.builder()
                .maxFrameBytes(SizeClassFrames.MAX_BODY_BYTES)
                .maxDepth(LinkConstants.MAX_DECODE_DEPTH);
        TYPES.forEach(builder::register);
        return builder.build();
    }
}

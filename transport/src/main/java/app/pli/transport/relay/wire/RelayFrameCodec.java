package app.pli.transport.relay.wire;


import app.pli.core.codec.DecodeException;
import app.pli.core.codec.SafeCodec;
import app.pli.core.codec.SizeClassFrames;
import java.util.Map;
import java.util.Objects;

/**
 * Turns relay frames into fixed-size transport plaintexts and back.
 *
 * <p>A plaintext is {@code uint16-be(n) || body || zeros}, exactly
 * {@link RelayConstants#CONTROL_PLAINTEXT_BYTES} or {@link RelayConstants#BLOCK_PLAINTEXT_BYTES}
 * long, where {@code body} (n bytes) is the {@link SafeCodec} encoding of the frame, which
 * begins with the frame's type id. Decoding checks size class, length and zero padding,
 * reads the type id, then lets the codec decode exactly that type; the caller must have
 * authenticated the plaintext (Noise) before.
 *
 * <p>Thread-safe.
 */
public final class RelayFrameCodec {
    /** Explicit type ids; a changed record gets a new id, an id is never reused. */
    private static final Map<Integer, Class<? extends Record>> TYPES = Map.ofEntries(
            Map.entry(100, RelayRequest.CreateMailbox.class),
            Map.entry(101, RelayRequest.Deposit.class),
            Map.entry(102, RelayRequest.Subscribe.class),
            Map.entry(103, RelayRequest.Unsubscribe.class),
            Map.entry(104, RelayRequest.Fetch.class),
            Map.entry(105, RelayRequest.Ack.class),
            Map.entry(106, RelayRequest.Lock.class),
            Map.entry(107, RelayRequest.DeleteMailbox.class),
            Map.entry(108, RelayRequest.Ping.class),
            Map.entry(109, RelayRequest.Read.class),
            Map.entry(120, RelayResponse.MailboxCreated.class),
            Map.entry(121, RelayResponse.Done.class),
            Map.entry(122, RelayResponse.Deliver.class),
            Map.entry(123, RelayResponse.FetchDone.class),
            Map.entry(124, RelayResponse.ErrorFrame.class),
            Map.entry(140, OwnerProof.class));

    private static final SafeCodec CODEC = buildCodec();

    private RelayFrameCodec() {}

    /** The plaintext of {@code frame}, padded to its size class. */
    public static byte[] toPlaintext(RelayFrame frame) {
        Objects.requireNonNull(frame, "frame");
        return SizeClassFrames.pad(CODEC.encode(frame), frame.carriesBlock());
    }

    /**
     * The frame in an authenticated {@code plaintext}.
     *
     * @throws MalformedFrameException if the plaintext is not exactly a padded encoding of one
     *     frame in its proper size class
     */
    public static RelayFrame fromPlaintext(byte[] plaintext) throws MalformedFrameException {
        Objects.requireNonNull(plaintext, "plaintext");
        SizeClassFrames.Opened opened;
        try {
            opened = SizeClassFrames.open(plaintext);
        } catch (DecodeException e) {
            throw new MalformedFrameException(e.getMessage());
        }
        RelayFrame frame;
        try {
            frame = CODEC.decodeAny(opened.body(), RelayFrame.class);
        } catch (DecodeException e) {
            throw new MalformedFrameException("frame does not decode: " + e.getMessage());
        }
        if (frame.carriesBlock() != opened.blockClass()) {
            throw new MalformedFrameException("frame arrived in the wrong size class");
        }
        return frame;
    }


    private static SafeCodec buildCodec() {
        SafeCodec.Builder builder = SafeCodec.builder()
                .maxFrameBytes(SizeClassFrames.MAX_BODY_BYTES)
                .maxDepth(RelayConstants.MAX_DECODE_DEPTH);
        TYPES.forEach(builder::register);
        return builder.build();
    }
}

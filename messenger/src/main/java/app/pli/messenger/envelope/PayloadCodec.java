package app.pli.messenger.envelope;

import app.pli.core.codec.DecodeException;
import app.pli.core.codec.SafeCodec;

/**
 * Encodes and decodes {@link Payload}s with the safe codec: each kind is its own frame type,
 * 506 {@link TextPayload} (with 507 {@link FileRef} and 508, its segments), 504 {@link ReceiptRequestPayload}, 505 {@link ReceiptPayload},
 * 510 {@link OfferPayload} (with 511, its rendezvous), 520 {@link GroupStatePayload}, 521
 * {@link GroupTextPayload} (its text a 506 inside) (500, a wrapper record, 501, the text
 * before files, and 502, the receipt before receipt requests, are retired). Decode
 * only the plaintext the ratchet returned, never bytes from the network.
 */
public final class PayloadCodec {
    /** Most encoded bytes of one file reference: its fields and a full list of segments. */
    static final int MAX_FILE_REF_BYTES = 512 + FileRef.MAX_RELAY_CHARS + FileRef.MAX_SEGMENTS * 52;

    /**
     * The longest encoded payload: a full text with its most files (a full receipt, 2 × 512
     * ids, and a full group state are shorter).
     */
    public static final int MAX_PAYLOAD_BYTES = TextPayload.MAX_TEXT_BYTES + 512
            + TextPayload.MAX_FILES * MAX_FILE_REF_BYTES;

    private static final SafeCodec CODEC = SafeCodec.builder()
            .register(508, FileRef.Segment.class)
            .register(507, FileRef.class)
            .register(506, TextPayload.class)
            .register(504, ReceiptRequestPayload.class)
            .register(505, ReceiptPayload.class)
            .register(510, OfferPayload.class)
            .register(511, OfferPayload.Rendezvous.class)
            .register(520, GroupStatePayload.class)
            .register(521, GroupTextPayload.class)
            .maxFrameBytes(MAX_PAYLOAD_BYTES)
            .maxDepth(6)
            .build();

    private PayloadCodec() {}

    public static byte[] encode(Payload payload) {
        return CODEC.encode(payload);
    }

    /** The payload in an authenticated plaintext. */
    public static Payload decode(byte[] plaintext) throws DecodeException {
        return CODEC.decodeAny(plaintext, Payload.class);
    }
}

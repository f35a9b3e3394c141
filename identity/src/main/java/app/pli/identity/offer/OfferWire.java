package app.pli.identity.offer;

import app.pli.core.block.BlockFormatException;
import app.pli.core.block.BlockPadding;
import app.pli.core.codec.DecodeException;
import app.pli.core.codec.SafeCodec;
import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.XChaCha20Poly1305;

/**
 * What the two introduced sides send each other through their rendezvous, never through
 * the introducer: a {@link Hello} (this side accepted) or a {@link Decline}. Each is a codec
 * record sealed with XChaCha20-Poly1305 under the sealing key of its direction
 * ({@link OfferCrypto#sealingKey}), with the offer id as associated data, padded so that the
 * sealed form is exactly one 4096-byte block. Opened records are decoded only after the
 * AEAD authenticated them; their signatures are checked by {@link Offers}.
 *
 * <p>Codec ids: {@value #HELLO_ID} for {@link Hello}, {@value #DECLINE_ID} for {@link Decline}.
 */
final class OfferWire {
    static final int HELLO_ID = 470;
    static final int DECLINE_ID = 471;
    private static final int MAX_RECORD_BYTES = OfferConstants.MAX_PAYLOAD_BYTES - XChaCha20Poly1305.OVERHEAD - 1;

    /** A message between the two sides. */
    sealed interface RendezvousMessage permits Hello, Decline {}

    /**
     * This side accepted: its ephemeral key, its inbox for the new contact
     * ({@code RouteBytes}), the name it shares, the introducer's signature it holds, and its
     * own signature (sigH).
     */
    record Hello(byte[] offerId, byte[] signingKey, byte[] agreementKey, byte[] binding, byte[] ephemeralKey,
            byte[] inbox, String name, byte[] introducerSignature, byte[] signature) implements RendezvousMessage {}

    /** This side declined (sigD). */
    record Decline(byte[] offerId, byte[] signingKey, byte[] agreementKey, byte[] binding, byte[] signature)
            implements RendezvousMessage {}

    private static final SafeCodec CODEC = SafeCodec.builder()
            .register(HELLO_ID, Hello.class)
            .register(DECLINE_ID, Decline.class)
            .maxFrameBytes(MAX_RECORD_BYTES)
            .maxDepth(1)
            .build();

    private OfferWire() {}

    static byte[] seal(SymmetricKey key, byte[] offerId, RendezvousMessage message) {
        byte[] record = CODEC.encode(message);
        if (record.length > MAX_RECORD_BYTES) {
            // Unreachable with valid inputs: names and routes are bounded far below a block.
            throw new IllegalStateException("an offer message of " + record.length + " bytes exceeds one block");
        }
        return XChaCha20Poly1305.seal(key, offerId, BlockPadding.pad(record, XChaCha20Poly1305.OVERHEAD));
    }

    static RendezvousMessage open(SymmetricKey key, byte[] offerId, byte[] payload) throws OfferException {
        if (payload.length > OfferConstants.MAX_PAYLOAD_BYTES) {
            throw new OfferException("a message for this offer is larger than any offer message");
        }
        try {
            return CODEC.decodeAny(BlockPadding.unpad(XChaCha20Poly1305.open(key, offerId, payload)),
                    RendezvousMessage.class);
        } catch (AuthenticationException e) {
            throw new OfferException("a message for this offer was altered, or not made by the other side");
        } catch (BlockFormatException | DecodeException e) {
            throw new OfferException("a message for this offer is malformed");
        }
    }
}

package app.pli.messenger.envelope;

import app.pli.core.block.BlockConstants;
import app.pli.core.block.BlockFormatException;
import app.pli.core.block.BlockPadding;
import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.KdfLabel;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.XChaCha20Poly1305;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a ratchet message into blocks of exactly 4096 bytes and opens them again.
 *
 * <p>Each block is {@code XChaCha20-Poly1305(blockKey, aad = "pli/v1/envelope/block",
 * pad(envelopeId[16] || u16 index || u16 count || chunk, reserve 40))}: one random
 * envelope id per message, the block's index and the block count, and at most
 * {@value #CHUNK_BYTES} bytes of the message, padded (ISO 7816-4) so that the sealed block
 * is exactly one block. A block sealed under another relationship's key, or changed in any
 * bit, fails to open, so grouping and order cannot be steered by whoever carries the blocks.
 */
public final class EnvelopeBlocks {
    /** The length of an envelope id. */
    public static final int ENVELOPE_ID_BYTES = 16;
    /** The most blocks one envelope may span (a 64 KiB text needs 17, with eight full file references 25). */
    public static final int MAX_BLOCKS = 32;
    private static final int HEADER_BYTES = ENVELOPE_ID_BYTES + 2 + 2;
    /** The most message bytes one block carries. */
    /** The most message bytes one block carries: the frame, its padding marker and the AEAD overhead fill one block. */
    public static final int CHUNK_BYTES = BlockConstants.BLOCK_SIZE - XChaCha20Poly1305.OVERHEAD - 1 - HEADER_BYTES;
    private static final byte[] AAD = KdfLabel.of("pli/v1/envelope/block").bytes();

    private EnvelopeBlocks() {}

    /**
     * The sealed blocks of {@code message}, in order.
     *
     * @throws IllegalArgumentException if the message is empty or needs more than {@link #MAX_BLOCKS} blocks
     */
    public static List<byte[]> seal(SymmetricKey blockKey, byte[] message) {
        Objects.requireNonNull(blockKey, "blockKey");
        int count = (message.length + CHUNK_BYTES - 1) / CHUNK_BYTES;
        if (count < 1 || count > MAX_BLOCKS) {
            throw new IllegalArgumentException("a message of " + message.length + " bytes does not fit an envelope");
        }
        byte[] envelopeId = CryptoRandom.bytes(ENVELOPE_ID_BYTES);
        List<byte[]> blocks = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            int from = index * CHUNK_BYTES;
            byte[] chunk = Arrays.copyOfRange(message, from, Math.min(message.length, from + CHUNK_BYTES));
            byte[] frame = ByteBuffer.allocate(HEADER_BYTES + chunk.length).put(envelopeId)
                    .putShort((short) index).putShort((short) count).put(chunk).array();
            blocks.add(XChaCha20Poly1305.seal(blockKey, AAD, BlockPadding.pad(frame, XChaCha20Poly1305.OVERHEAD)));
        }
        return blocks;
    }

    /**
     * Opens one block.
     *
     * @throws EnvelopeException if the block is not 4096 bytes, was not sealed under
     *     {@code blockKey}, was changed, or holds malformed fields
     */
    public static Fragment open(SymmetricKey blockKey, byte[] block) throws EnvelopeException {
        Objects.requireNonNull(blockKey, "blockKey");
        if (block.length != BlockConstants.BLOCK_SIZE) {
            throw new EnvelopeException("a block must be " + BlockConstants.BLOCK_SIZE + " bytes");
        }
        byte[] frame;
        try {
            frame = BlockPadding.unpad(XChaCha20Poly1305.open(blockKey, AAD, block));
        } catch (AuthenticationException e) {
            throw new EnvelopeException("a block does not open under this conversation's key");
        } catch (BlockFormatException e) {
            throw new EnvelopeException("an authenticated block has bad padding");
        }
        if (frame.length < HEADER_BYTES + 1) {
            throw new EnvelopeException("an authenticated block is too short");
        }
        ByteBuffer in = ByteBuffer.wrap(frame);
        byte[] envelopeId = new byte[ENVELOPE_ID_BYTES];
        in.get(envelopeId);
        int index = Short.toUnsignedInt(in.getShort());
        int count = Short.toUnsignedInt(in.getShort());
        byte[] chunk = new byte[in.remaining()];
        in.get(chunk);
        try {
            return new Fragment(envelopeId, index, count, chunk);
        } catch (IllegalArgumentException e) {
            throw new EnvelopeException("an authenticated block has fields out of range");
        }
    }

    /**
     * The ratchet message of a complete envelope.
     *
     * @throws EnvelopeException unless {@code fragments} are exactly the blocks 0..count-1 of one envelope
     */
    public static byte[] assemble(List<Fragment> fragments) throws EnvelopeException {
        if (fragments.isEmpty()) {
            throw new EnvelopeException("an envelope has no blocks");
        }
        List<Fragment> ordered = new ArrayList<>(fragments);
        ordered.sort(Comparator.comparingInt(Fragment::index));
        Fragment first = ordered.get(0);
        if (ordered.size() != first.count()) {
            throw new EnvelopeException("an envelope is incomplete");
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream(first.count() * CHUNK_BYTES);
        for (int i = 0; i < ordered.size(); i++) {
            Fragment f = ordered.get(i);
            if (f.index() != i || f.count() != first.count() || !Arrays.equals(f.envelopeId(), first.envelopeId())) {
                throw new EnvelopeException("an envelope's blocks do not fit together");
            }
            message.writeBytes(f.chunk());
        }
        return message.toByteArray();
    }
}

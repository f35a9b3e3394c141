package app.pli.messenger.envelope;

import java.util.Arrays;
import java.util.Objects;

/**
 * One opened block of an envelope: which envelope it belongs to, where it goes, and its
 * share of the ratchet message.
 *
 * @param envelopeId 16 random bytes shared by the blocks of one envelope
 * @param index the block's position, from 0
 * @param count how many blocks the envelope has, 1 to {@link EnvelopeBlocks#MAX_BLOCKS}
 * @param chunk the block's share of the ratchet message
 */
public record Fragment(byte[] envelopeId, int index, int count, byte[] chunk) {
    public Fragment {
        Objects.requireNonNull(envelopeId, "envelopeId");
        Objects.requireNonNull(chunk, "chunk");
        if (envelopeId.length != EnvelopeBlocks.ENVELOPE_ID_BYTES || count < 1 || count > EnvelopeBlocks.MAX_BLOCKS
                || index < 0 || index >= count || chunk.length > EnvelopeBlocks.CHUNK_BYTES) {
            throw new IllegalArgumentException("fragment fields out of range");
        }
        envelopeId = envelopeId.clone();
        chunk = chunk.clone();
    }

    @Override
    public byte[] envelopeId() {
        return envelopeId.clone();
    }

    @Override
    public byte[] chunk() {
        return chunk.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fragment f && Arrays.equals(envelopeId, f.envelopeId) && index == f.index
                && count == f.count && Arrays.equals(chunk, f.chunk);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(envelopeId) * 31 + index;
    }

    @Override
    public String toString() {
        return "Fragment[" + (index + 1) + "/" + count + "]";
    }
}

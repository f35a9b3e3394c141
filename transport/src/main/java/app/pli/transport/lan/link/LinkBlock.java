package app.pli.transport.lan.link;

import static app.pli.transport.lan.link.LinkConstants.BLOCK_BYTES;
import static app.pli.transport.lan.link.LinkConstants.BLOCK_ID_BYTES;

import java.util.Arrays;
import java.util.Objects;

/**
 * One opaque block on a LAN link with the id its sender gave it: {@value LinkConstants#BLOCK_ID_BYTES}
 * id bytes, {@value LinkConstants#BLOCK_BYTES} block bytes. The id lets the receiver drop a
 * block it already stored (a sender re-sends what was not acknowledged) and names the block
 * in acknowledgements.
 *
 * <p>Immutable: the arrays are copied in and out.
 */
public record LinkBlock(byte[] id, byte[] block) {
    public LinkBlock {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(block, "block");
        if (id.length != BLOCK_ID_BYTES) {
            throw new IllegalArgumentException("a block id must be " + BLOCK_ID_BYTES + " bytes");
        }
        if (block.length != BLOCK_BYTES) {
            throw new IllegalArgumentException("a block must be " + BLOCK_BYTES + " bytes");
        }
        id = id.clone();
        block = block.clone();
    }

    @Override
    public byte[] id() {
        return id.clone();
    }

    @Override
    public byte[] block() {
        return block.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkBlock other && Arrays.equals(id, other.id) && Arrays.equals(block, other.block);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(id) + Arrays.hashCode(block);
    }

    @Override
    public String toString() {
        return "LinkBlock[" + BLOCK_BYTES + " bytes]";
    }
}

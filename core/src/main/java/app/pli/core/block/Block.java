package app.pli.core.block;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * One block of exactly {@link BlockConstants#BLOCK_SIZE} bytes, the unit every link moves.
 *
 * <p>Invariants: immutable (the bytes are copied in and out); equal to any block with the
 * same bytes; {@code toString} never shows the contents.
 */
public final class Block {
    private final byte[] bytes;

    private Block(byte[] ownedBytes) {
        this.bytes = ownedBytes;
    }

    /**
     * A block holding a copy of {@code bytes}.
     *
     * @throws IllegalArgumentException if {@code bytes} is not exactly {@link BlockConstants#BLOCK_SIZE} long
     */
    public static Block of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != BlockConstants.BLOCK_SIZE) {
            throw new IllegalArgumentException(
                    "a block holds exactly " + BlockConstants.BLOCK_SIZE + " bytes, not " + bytes.length);
        }
        return new Block(bytes.clone());
    }

    /** The block at {@code offset} of {@code source}, which must hold a whole block there. */
    static Block copyOfRange(byte[] source, int offset) {
        return new Block(Arrays.copyOfRange(source, offset, offset + BlockConstants.BLOCK_SIZE));
    }

    /** A copy of the block's bytes, always {@link BlockConstants#BLOCK_SIZE} long. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Copies the block's bytes into {@code target} at {@code offset}, without an extra copy. */
    void copyInto(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, bytes.length);
    }

    @Override
    public boolean equals(Object other) {
        // Blocks are usually ciphertext; a constant-time comparison costs nothing here.
        return other instanceof Block block && MessageDigest.isEqual(bytes, block.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Block[" + bytes.length + " bytes]";
    }
}

package app.pli.core.block;

import static app.pli.core.block.BlockConstants.BLOCK_SIZE;
import static app.pli.core.block.BlockConstants.MAX_PAYLOAD_SPAN;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * ISO/IEC 7816-4 padding (one 0x80 byte, then zeros) that hides a payload's size inside
 * whole blocks.
 *
 * <p>{@code reserve} is the number of bytes a later step adds (for example 40 for an
 * XChaCha20-Poly1305 nonce and tag), so that the padded payload plus those bytes fills
 * whole blocks exactly; use 0 for plain blocks. The padded length is always minimal:
 * between 1 and {@link BlockConstants#BLOCK_SIZE} padding bytes. {@link #unpad} accepts
 * exactly the byte strings of that shape, which are what {@link #pad} produces for some
 * payload and some reserve.
 */
public final class BlockPadding {
    private static final byte MARKER = (byte) 0x80;

    private BlockPadding() {}

    /**
     * The largest payload {@link #pad} accepts with {@code reserve}: the padded payload plus
     * the reserve may span at most {@link BlockConstants#MAX_BLOCKS_PER_PAYLOAD} blocks.
     */
    public static int maxPayloadBytes(int reserve) {
        checkReserve(reserve);
        return MAX_PAYLOAD_SPAN - reserve - 1;
    }

    /**
     * The length {@link #pad} returns: the smallest {@code L > payloadLength} such that
     * {@code L + reserve} is a positive multiple of {@link BlockConstants#BLOCK_SIZE}.
     *
     * @throws IllegalArgumentException if the reserve is outside [0, BLOCK_SIZE) or the
     *     payload is negative or longer than {@link #maxPayloadBytes(int)}
     */
    public static int paddedLength(int payloadLength, int reserve) {
        int max = maxPayloadBytes(reserve);
        if (payloadLength < 0 || payloadLength > max) {
            throw new IllegalArgumentException("a payload of " + payloadLength
                    + " bytes is outside [0, " + max + "] for a reserve of " + reserve);
        }
        int blocks = (payloadLength + 1 + reserve + BLOCK_SIZE - 1) / BLOCK_SIZE;
        return blocks * BLOCK_SIZE - reserve;
    }

    /**
     * {@code payload}, then 0x80, then zeros up to {@link #paddedLength(int, int)} bytes.
     *
     * @throws IllegalArgumentException as {@link #paddedLength(int, int)}
     */
    public static byte[] pad(byte[] payload, int reserve) {
        Objects.requireNonNull(payload, "payload");
        byte[] padded = Arrays.copyOf(payload, paddedLength(payload.length, reserve));
        padded[payload.length] = MARKER;
        return padded;
    }

    /**
     * The payload inside {@code padded}: everything before the last non-zero byte, which
     * must be the 0x80 marker and be followed by fewer than {@link BlockConstants#BLOCK_SIZE}
     * zeros (minimal padding never needs more).
     *
     * @throws BlockFormatException if the marker is missing or is not 0x80
     */
    public static byte[] unpad(byte[] padded) throws BlockFormatException {
        Objects.requireNonNull(padded, "padded");
        int lowestMarkerIndex = Math.max(0, padded.length - BLOCK_SIZE);
        int index = padded.length - 1;
        while (index >= lowestMarkerIndex && padded[index] == 0) {
            index--;
        }
        if (index < lowestMarkerIndex) {
            throw new BlockFormatException(
                    "padding is malformed: no 0x80 marker within the last " + BLOCK_SIZE + " bytes");
        }
        if (padded[index] != MARKER) {
            throw new BlockFormatException("padding is malformed: the last non-zero byte is not 0x80");
        }
        return Arrays.copyOf(padded, index);
    }

    /**
     * {@code payload} padded with no reserve and cut into blocks.
     *
     * @throws IllegalArgumentException if the payload is longer than {@code maxPayloadBytes(0)}
     */
    public static List<Block> padToBlocks(byte[] payload) {
        return BlockSplitter.cut(pad(payload, 0));
    }

    /**
     * The payload carried by {@code blocks}, the inverse of {@link #padToBlocks(byte[])}.
     *
     * @throws BlockFormatException if the list is empty, too long or its padding is malformed
     */
    public static byte[] unpadBlocks(List<Block> blocks) throws BlockFormatException {
        return unpad(BlockSplitter.join(blocks));
    }

    private static void checkReserve(int reserve) {
        if (reserve < 0 || reserve >= BLOCK_SIZE) {
            throw new IllegalArgumentException(
                    "reserve " + reserve + " is outside [0, " + BLOCK_SIZE + ")");
        }
    }
}

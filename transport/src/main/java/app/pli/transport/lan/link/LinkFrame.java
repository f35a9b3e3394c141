package app.pli.transport.lan.link;

import static app.pli.transport.lan.link.LinkConstants.BLOCK_BYTES;
import static app.pli.transport.lan.link.LinkConstants.BLOCK_ID_BYTES;
import static app.pli.transport.lan.link.LinkConstants.MAX_ACK_IDS;
import static app.pli.transport.lan.link.LinkConstants.MAX_INTRO_BLOCKS;

import java.util.List;
import java.util.Objects;

/**
 * The frames inside an authenticated LAN session. Each record's constructor enforces its
 * field rules, and the codec builds decoded frames through it, so a decoded frame is
 * well-formed.
 */
sealed interface LinkFrame {
    /** Whether the frame travels in the block size class. */
    default boolean carriesBlock() {
        return false;
    }

    /** One block and its id, to be stored by the receiver and then acknowledged. */
    record BlockFrame(byte[] blockId, byte[] block) implements LinkFrame {
        public BlockFrame {
            exactly(blockId, BLOCK_ID_BYTES, "blockId");
            exactly(block, BLOCK_BYTES, "block");
        }

        @Override
        public boolean carriesBlock() {
            return true;
        }
    }

    /** The receiver stored these blocks. */
    record AckFrame(List<byte[]> blockIds) implements LinkFrame {
        public AckFrame {
            blockIds = ids(blockIds);
        }
    }

    /** The receiver did not store these blocks; the sender may try again later. */
    record RefuseFrame(List<byte[]> blockIds) implements LinkFrame {
        public RefuseFrame {
            blockIds = ids(blockIds);
        }
    }

    /** Keeps an idle link open; {@code token} means nothing. */
    record PingFrame(long token) implements LinkFrame {}

    /** Block {@code index} of the {@code count} blocks of one introduction message. */
    record IntroPart(int index, int count, byte[] block) implements LinkFrame {
        public IntroPart {
            if (count < 1 || count > MAX_INTRO_BLOCKS || index < 0 || index >= count) {
                throw new IllegalArgumentException("intro part index or count out of range");
            }
            exactly(block, BLOCK_BYTES, "block");
        }

        @Override
        public boolean carriesBlock() {
            return true;
        }
    }

    private static void exactly(byte[] value, int length, String field) {
        Objects.requireNonNull(value, field);
        if (value.length != length) {
            throw new IllegalArgumentException(field + " must be " + length + " bytes");
        }
    }

    private static List<byte[]> ids(List<byte[]> ids) {
        Objects.requireNonNull(ids, "blockIds");
        if (ids.isEmpty() || ids.size() > MAX_ACK_IDS) {
            throw new IllegalArgumentException("blockIds must hold 1 to " + MAX_ACK_IDS + " entries");
        }
        for (byte[] id : ids) {
            exactly(id, BLOCK_ID_BYTES, "blockId");
        }
        return List.copyOf(ids);
    }
}

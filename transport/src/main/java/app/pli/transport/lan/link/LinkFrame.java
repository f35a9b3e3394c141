package app.pli.transport.lan.link;

import static app.pli.transport.lan.link.LinkConstants.BLOCK_BYTES;
import static app.pli.transport.lan.link.LinkConstants.BLOCK_ID_BYTES;
import static app.pli.transport.lan.link.LinkConstants.FILE_ID_BYTES;
import static app.pli.transport.lan.link.LinkConstants.MAX_ACK_IDS;
import static app.pli.transport.lan.link.LinkConstants.MAX_FILE_REQUEST_BLOCKS;
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

    /** Asks for blocks {@code first} to {@code first + count - 1} of the file {@code fileId}. */
    record FileRequestFrame(byte[] fileId, int first, int count) implements LinkFrame {
        public FileRequestFrame {
            fileRange(fileId, first, count);
        }
    }

    /** Block {@code index} of the file {@code fileId}, answering a request; never acknowledged. */
    record FileBlockFrame(byte[] fileId, int index, byte[] block) implements LinkFrame {
        public FileBlockFrame {
            exactly(fileId, FILE_ID_BYTES, "fileId");
            if (index < 0) {
                throw new IllegalArgumentException("index must not be negative");
            }
            exactly(block, BLOCK_BYTES, "block");
        }

        @Override
        public boolean carriesBlock() {
            return true;
        }
    }

    /** The sender cannot serve blocks {@code first} to {@code first + count - 1} of the file {@code fileId}. */
    record FileMissingFrame(byte[] fileId, int first, int count) implements LinkFrame {
        public FileMissingFrame {
            fileRange(fileId, first, count);
        }
    }

    private static void exactly(byte[] value, int length, String field) {
        Objects.requireNonNull(value, field);
        if (value.length != length) {
            throw new IllegalArgumentException(field + " must be " + length + " bytes");
        }
    }

    /** A file id and a range of 1 to 64 block indexes, each a non-negative int. */
    private static void fileRange(byte[] fileId, int first, int count) {
        exactly(fileId, FILE_ID_BYTES, "fileId");
        if (count < 1 || count > MAX_FILE_REQUEST_BLOCKS) {
            throw new IllegalArgumentException("count must be 1 to " + MAX_FILE_REQUEST_BLOCKS);
        }
        if (first < 0 || first > Integer.MAX_VALUE - (count - 1)) {
            throw new IllegalArgumentException("first must be a non-negative index whose range ends within an int");
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

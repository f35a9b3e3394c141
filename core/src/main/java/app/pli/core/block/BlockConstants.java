package app.pli.core.block;

/** Sizes that bound every block transfer; relay, LAN link and messenger all read them here. */
public interface BlockConstants {
    /** Bytes in one block; every block on every link has exactly this length. */
    int BLOCK_SIZE = 4096;

    /**
     * Most blocks one payload may span (4 MiB at {@link #BLOCK_SIZE}). A larger file is cut
     * into several payloads by the layer above; the cap keeps a receiver's buffer for one
     * payload bounded whatever a peer announces.
     */
    int MAX_BLOCKS_PER_PAYLOAD = 1024;

    /** Most bytes one payload may span: {@link #MAX_BLOCKS_PER_PAYLOAD} whole blocks. */
    int MAX_PAYLOAD_SPAN = BLOCK_SIZE * MAX_BLOCKS_PER_PAYLOAD;
}

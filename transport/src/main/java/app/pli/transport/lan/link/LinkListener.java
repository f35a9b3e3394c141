package app.pli.transport.lan.link;

import app.pli.core.error.PliException;
import java.util.List;

/**
 * Receives what happens on the LAN links of one server or connector.
 *
 * <p>Calls for one link arrive one at a time and in order ({@code onLinkUp}, then any
 * {@code onBlocks} and file calls, then {@code onLinkDown}), on a callback thread (never a
 * network thread), so a listener may block briefly, for example to store blocks; while
 * {@link LanLinkOptions#window()} blocks and file frames wait for it, the link stops
 * reading. Calls for different links may run concurrently. Two links to the same contact
 * can exist at once (each side connected to the other); keep one, for instance the one
 * whose {@link LanLink#initiator()} side has the smaller identity key, and close the other.
 */
public interface LinkListener {
    /** A link with contact {@code peerId} finished its handshake and can carry blocks. */
    void onLinkUp(long peerId, LanLink link);

    /**
     * Blocks arrived from contact {@code peerId}. Returning normally means they are stored:
     * the link then acknowledges them to the sender. Throwing means they are not: the sender
     * learns they were refused and sends them again later. The same block id can arrive
     * again (a sender re-sends what it saw no acknowledgement for); store it once.
     *
     * @throws PliException when the blocks could not be stored
     */
    void onBlocks(long peerId, List<LinkBlock> blocks) throws PliException;

    /**
     * Contact {@code peerId} asks for blocks {@code first} to {@code first + count - 1} of
     * the file {@code fileId} (see {@link LanLink#requestFile}). Answer on {@code link}: each
     * block with {@link LanLink#sendFileBlock}, those that cannot be served with
     * {@link LanLink#fileMissing}. By default nothing is answered.
     */
    default void onFileRequest(long peerId, LanLink link, byte[] fileId, int first, int count) {}

    /** Block {@code index} of the file {@code fileId} arrived from contact {@code peerId}. */
    default void onFileBlock(long peerId, byte[] fileId, int index, byte[] block) {}

    /**
     * Contact {@code peerId} cannot serve blocks {@code first} to {@code first + count - 1}
     * of the file {@code fileId}.
     */
    default void onFileMissing(long peerId, byte[] fileId, int first, int count) {}

    /** The link with contact {@code peerId} closed; its unacknowledged sends have failed. */
    void onLinkDown(long peerId);
}

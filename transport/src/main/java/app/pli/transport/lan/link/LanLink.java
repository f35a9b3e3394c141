package app.pli.transport.lan.link;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An authenticated direct link with one contact over the LAN (Noise KK), carrying opaque
 * blocks both ways with acknowledgements, and the blocks of files on request (pulled by the
 * receiver, neither acknowledged nor retried by the link).
 *
 * <p>Thread-safe. Futures complete on a callback thread, never a network thread. A link
 * that closes (either side, a timeout, a misbehaving peer) stays closed; the owner makes a
 * new one.
 */
public interface LanLink {
    /** The caller's number for the contact at the other end (from its {@link LinkPeer}). */
    long peerId();

    /** Whether this side opened the connection (it ran the initiator side of the handshake). */
    boolean initiator();

    /** Whether the link can still carry blocks. */
    boolean isOpen();

    /**
     * Sends {@code blocks}, in order. The future completes once the peer acknowledged every
     * one of them, that is, once its listener stored them. It fails with a
     * {@link LinkException} when the peer refused one of them, when the peer stopped
     * acknowledging for longer than the acknowledgement timeout, or when the link closed
     * first; then some of the blocks may have been stored, and the caller sends them again
     * later (the receiver drops repeated ids). An empty list completes at once.
     */
    CompletableFuture<Void> send(List<LinkBlock> blocks);

    /**
     * Asks the peer for blocks {@code first} to {@code first + count - 1} of the file
     * {@code fileId}; it answers each with a block ({@link LinkListener#onFileBlock}) or
     * names those it cannot serve ({@link LinkListener#onFileMissing}). Fire and forget:
     * nothing is acknowledged or retried, so the caller asks again for what did not arrive
     * within its own timeout.
     *
     * @param fileId the file's {@value LinkConstants#FILE_ID_BYTES}-byte id
     * @param first the first block index, not negative
     * @param count how many blocks, 1 to {@value LinkConstants#MAX_FILE_REQUEST_BLOCKS}
     * @return whether the request was queued for sending; false if the link is closed
     * @throws IllegalArgumentException if a field breaks its rule
     */
    boolean requestFile(byte[] fileId, int first, int count);

    /**
     * Sends block {@code index} of the file {@code fileId}, normally answering
     * {@link LinkListener#onFileRequest}. Not acknowledged, and not counted in the window of
     * {@link #send}.
     *
     * @param block exactly {@value LinkConstants#BLOCK_BYTES} bytes
     * @return whether the block was queued for sending; false if the link is closed
     * @throws IllegalArgumentException if a field breaks its rule
     */
    boolean sendFileBlock(byte[] fileId, int index, byte[] block);

    /**
     * Tells the peer that blocks {@code first} to {@code first + count - 1} of the file
     * {@code fileId} cannot be served (fields as for {@link #requestFile}).
     *
     * @return whether the answer was queued for sending; false if the link is closed
     * @throws IllegalArgumentException if a field breaks its rule
     */
    boolean fileMissing(byte[] fileId, int first, int count);

    /** Closes the link; pending sends fail. Idempotent. */
    void close();
}

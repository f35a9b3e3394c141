package app.pli.transport.lan.link;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An authenticated direct link with one contact over the LAN (Noise KK), carrying opaque
 * blocks both ways with acknowledgements.
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

    /** Closes the link; pending sends fail. Idempotent. */
    void close();
}

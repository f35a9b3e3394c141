package app.pli.transport.lan.link;

import app.pli.transport.noise.NoiseException;
import app.pli.transport.noise.NoiseTransport;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.Objects;

/**
 * An established LAN session on one connection: seals frames into length-prefixed Noise
 * transport messages and opens received ones, authenticating before decoding.
 *
 * <p>Confined to the connection's event loop (the Noise nonces must advance in order).
 */
final class LinkSession {
    private final NoiseTransport transport;

    LinkSession(NoiseTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** The wire bytes of {@code frame}: length prefix, then the encrypted padded plaintext. */
    ByteBuf seal(LinkFrame frame, ByteBufAllocator allocator) {
        return lengthPrefixed(transport.encrypt(LinkFrameCodec.toPlaintext(frame)), allocator);
    }

    /**
     * The frame in one received transport message (without its length prefix).
     *
     * @throws NoiseException if it fails authentication; the session is then dead
     * @throws MalformedLinkFrameException if it authenticates but is not a valid frame
     */
    LinkFrame open(byte[] message) throws NoiseException, MalformedLinkFrameException {
        return LinkFrameCodec.fromPlaintext(transport.decrypt(message));
    }

    /** Wipes the session keys; called once the connection is closed. */
    void destroy() {
        transport.destroy();
    }

    /** {@code message} preceded by its 2-byte big-endian length, as every Noise message travels. */
    static ByteBuf lengthPrefixed(byte[] message, ByteBufAllocator allocator) {
        ByteBuf buf = allocator.buffer(LinkConstants.LENGTH_PREFIX_BYTES + message.length);
        buf.writeShort(message.length);
        buf.writeBytes(message);
        return buf;
    }
}

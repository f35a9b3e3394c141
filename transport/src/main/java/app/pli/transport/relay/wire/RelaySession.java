package app.pli.transport.relay.wire;

import app.pli.transport.noise.NoiseException;
import app.pli.transport.noise.NoiseTransport;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.Objects;

/**
 * An established relay session on one connection: seals frames into length-prefixed Noise
 * transport messages and opens received ones, authenticating before decoding.
 *
 * <p>Confined to the connection's event loop (the Noise nonces must advance in order).
 */
public final class RelaySession {
    private final NoiseTransport transport;
    private final byte[] handshakeHash;

    public RelaySession(NoiseTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.handshakeHash = transport.handshakeHash();
    }

    /** The Noise handshake hash every proof on this session signs. */
    public byte[] handshakeHash() {
        return handshakeHash.clone();
    }

    /** The wire bytes of {@code frame}: length prefix, then the encrypted padded plaintext. */
    public ByteBuf seal(RelayFrame frame, ByteBufAllocator allocator) {
        byte[] ciphertext = transport.encrypt(RelayFrameCodec.toPlaintext(frame));
        return lengthPrefixed(ciphertext, allocator);
    }

    /**
     * The frame in one received transport message (without its length prefix).
     *
     * @throws NoiseException if it fails authentication; the session is then dead
     * @throws MalformedFrameException if it authenticates but is not a valid frame
     */
    public RelayFrame open(byte[] message) throws NoiseException, MalformedFrameException {
        return RelayFrameCodec.fromPlaintext(transport.decrypt(message));
    }

    /** {@code message} preceded by its 2-byte big-endian length, as every Noise message travels. */
    public static ByteBuf lengthPrefixed(byte[] message, ByteBufAllocator allocator) {
        ByteBuf buf = allocator.buffer(RelayConstants.LENGTH_PREFIX_BYTES + message.length);
        buf.writeShort(message.length);
        buf.writeBytes(message);
        return buf;
    }
}

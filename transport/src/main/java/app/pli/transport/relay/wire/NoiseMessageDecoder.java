package app.pli.transport.relay.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Cuts the TCP stream into Noise messages, each a 2-byte big-endian length and that many
 * bytes, and emits each message as a {@code byte[]}.
 *
 * <p>Only the lengths the protocol uses are accepted: {@link RelayConstants#HANDSHAKE_MESSAGE_BYTES}
 * while {@link #inTransportPhase()} is false, then only
 * {@link RelayConstants#CONTROL_CIPHERTEXT_BYTES} and {@link RelayConstants#BLOCK_CIPHERTEXT_BYTES}.
 * Any other length is refused as soon as its two bytes arrive, before the body is buffered:
 * the decoder fires {@link BadMessageLength} and discards everything after it, so a peer
 * can make it hold at most one message of the largest size.
 */
public final class NoiseMessageDecoder extends ByteToMessageDecoder {
    /** The user event fired once when a peer sends a length the protocol never uses. */
    public enum BadMessageLength { INSTANCE }

    private boolean transportPhase;
    private boolean refused;

    /** Switches from handshake lengths to transport lengths; call on the channel's event loop. */
    public void enterTransportPhase() {
        transportPhase = true;
    }

    /** Whether transport lengths are expected. */
    public boolean inTransportPhase() {
        return transportPhase;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (refused) {
            in.skipBytes(in.readableBytes());
            return;
        }
        while (in.readableBytes() >= RelayConstants.LENGTH_PREFIX_BYTES) {
            int length = in.getUnsignedShort(in.readerIndex());
            if (!accepts(length)) {
                refused = true;
                in.skipBytes(in.readableBytes());
                ctx.fireUserEventTriggered(BadMessageLength.INSTANCE);
                return;
            }
            if (in.readableBytes() < RelayConstants.LENGTH_PREFIX_BYTES + length) {
                return;
            }
            in.skipBytes(RelayConstants.LENGTH_PREFIX_BYTES);
            byte[] message = new byte[length];
            in.readBytes(message);
            out.add(message);
            if (!transportPhase) {
                // The handshake message must be handled (and the phase switched) before the
                // next length can be judged.
                return;
            }
        }
    }

    private boolean accepts(int length) {
        if (!transportPhase) {
            return length == RelayConstants.HANDSHAKE_MESSAGE_BYTES;
        }
        return length == RelayConstants.CONTROL_CIPHERTEXT_BYTES || length == RelayConstants.BLOCK_CIPHERTEXT_BYTES;
    }
}

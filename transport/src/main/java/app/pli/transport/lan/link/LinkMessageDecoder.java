package app.pli.transport.lan.link;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Cuts the TCP stream into Noise messages, each a 2-byte big-endian length and that many
 * bytes, and emits each message as a {@code byte[]}.
 *
 * <p>Only the lengths the protocol uses are accepted: {@link LinkConstants#HANDSHAKE_MESSAGE_BYTES}
 * before {@link #enterTransportPhase()}, then only {@link LinkConstants#CONTROL_CIPHERTEXT_BYTES}
 * and {@link LinkConstants#BLOCK_CIPHERTEXT_BYTES}. Any other length is refused as soon as
 * its two bytes arrive, before the body is buffered: the decoder fires {@link BadLength}
 * and discards everything after it, so a peer can make it hold at most one message of the
 * largest size. In the handshake phase it emits one message and then waits for the phase
 * to switch, since the next length can only be judged afterwards.
 */
final class LinkMessageDecoder extends ByteToMessageDecoder {
    /** The user event fired once when a peer sends a length the protocol never uses. */
    enum BadLength { INSTANCE }

    private boolean transportPhase;
    private boolean handshakeMessageSeen;
    private boolean refused;

    /** Switches from handshake lengths to transport lengths; call on the channel's event loop. */
    void enterTransportPhase() {
        transportPhase = true;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (refused) {
            in.skipBytes(in.readableBytes());
            return;
        }
        while (in.readableBytes() >= LinkConstants.LENGTH_PREFIX_BYTES) {
            if (!transportPhase && handshakeMessageSeen) {
                return;
            }
            int length = in.getUnsignedShort(in.readerIndex());
            if (!accepts(length)) {
                refused = true;
                in.skipBytes(in.readableBytes());
                ctx.fireUserEventTriggered(BadLength.INSTANCE);
                return;
            }
            if (in.readableBytes() < LinkConstants.LENGTH_PREFIX_BYTES + length) {
                return;
            }
            in.skipBytes(LinkConstants.LENGTH_PREFIX_BYTES);
            byte[] message = new byte[length];
            in.readBytes(message);
            out.add(message);
            if (!transportPhase) {
                handshakeMessageSeen = true;
            }
        }
    }

    private boolean accepts(int length) {
        if (!transportPhase) {
            return length == LinkConstants.HANDSHAKE_MESSAGE_BYTES;
        }
        return length == LinkConstants.CONTROL_CIPHERTEXT_BYTES || length == LinkConstants.BLOCK_CIPHERTEXT_BYTES;
    }
}

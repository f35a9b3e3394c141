package app.pli.messenger.session;

import static app.pli.messenger.session.RatchetConstants.MESSAGE_PREFIX_BYTES;
import static app.pli.messenger.session.RatchetConstants.SEALED_HEADER_BYTES;

import app.pli.core.crypto.XChaCha20Poly1305;
import app.pli.messenger.session.RatchetException.Reason;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * The framing of a ratchet message, version 1:
 * {@code version (1 byte = 1) | u16 sealed-header length | sealed header | sealed body}.
 *
 * <p>The sealed header is always {@value RatchetConstants#SEALED_HEADER_BYTES} bytes in
 * version 1 and the sealed body at least {@link XChaCha20Poly1305#OVERHEAD}; anything else
 * is refused before any cryptography runs.
 */
final class RatchetMessageFormat {
    private RatchetMessageFormat() {}

    /** The two sealed parts of a well-framed message. */
    record Parts(byte[] sealedHeader, byte[] sealedBody) {}

    static byte[] encode(byte[] sealedHeader, byte[] sealedBody) {
        ByteBuffer out = ByteBuffer.allocate(MESSAGE_PREFIX_BYTES + sealedHeader.length + sealedBody.length);
        out.put(RatchetConstants.MESSAGE_VERSION).putShort((short) sealedHeader.length);
        out.put(sealedHeader).put(sealedBody);
        return out.array();
    }

    static Parts parse(byte[] message) throws RatchetException {
        Objects.requireNonNull(message, "message");
        if (message.length < MESSAGE_PREFIX_BYTES) {
            throw new RatchetException(Reason.MALFORMED, "ratchet message is shorter than its prefix");
        }
        if (message[0] != RatchetConstants.MESSAGE_VERSION) {
            throw new RatchetException(Reason.UNSUPPORTED_VERSION,
                    "ratchet message version " + (message[0] & 0xFF) + " is not supported");
        }
        int headerLength = ((message[1] & 0xFF) << 8) | (message[2] & 0xFF);
        if (headerLength != SEALED_HEADER_BYTES) {
            throw new RatchetException(Reason.MALFORMED, "ratchet message header has the wrong length");
        }
        int bodyStart = MESSAGE_PREFIX_BYTES + SEALED_HEADER_BYTES;
        if (message.length - bodyStart < XChaCha20Poly1305.OVERHEAD) {
            throw new RatchetException(Reason.MALFORMED, "ratchet message body is truncated");
        }
        return new Parts(
                Arrays.copyOfRange(message, MESSAGE_PREFIX_BYTES, bodyStart),
                Arrays.copyOfRange(message, bodyStart, message.length));
    }
}

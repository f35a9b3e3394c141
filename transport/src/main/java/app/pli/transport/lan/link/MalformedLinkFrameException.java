package app.pli.transport.lan.link;

import app.pli.core.error.PliException;

/**
 * An authenticated LAN frame is not a valid frame: wrong size class, bad padding, unknown
 * type or a field rule broken. The peer is misbehaving and the connection closes.
 *
 * <p>Invariant: the message names the rule, never the frame's content.
 */
final class MalformedLinkFrameException extends PliException {
    private static final long serialVersionUID = 1L;

    MalformedLinkFrameException(String message) {
        super(message);
    }
}

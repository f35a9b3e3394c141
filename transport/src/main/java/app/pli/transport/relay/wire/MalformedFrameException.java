package app.pli.transport.relay.wire;

import app.pli.core.error.PliException;

/**
 * A frame decrypted correctly but is not a valid relay frame: wrong size class, bad length
 * or padding, unknown type, a field rule broken, or a frame sent in the wrong direction.
 * The receiver answers {@link RelayErrorCode#MALFORMED_FRAME} and closes the connection.
 *
 * <p>The message names the rule that failed and never quotes frame content.
 */
public class MalformedFrameException extends PliException {
    private static final long serialVersionUID = 1L;

    public MalformedFrameException(String message) {
        super(message);
    }
}

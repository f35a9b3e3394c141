package app.pli.transport.relay.wire;

import app.pli.core.error.PliException;

/**
 * A relay address token could not be read. The message says which part is wrong and what
 * the token should look like; it never repeats the whole token.
 */
public class RelayAddressException extends PliException {
    private static final long serialVersionUID = 1L;

    public RelayAddressException(String message) {
        super(message);
    }
}

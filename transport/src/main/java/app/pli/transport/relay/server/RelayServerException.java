package app.pli.transport.relay.server;

import app.pli.core.error.PliException;

/**
 * The relay could not start: its data folder or key file is unusable, or it cannot listen
 * on the requested address. The message names the file or address and the reason.
 */
public class RelayServerException extends PliException {
    private static final long serialVersionUID = 1L;

    public RelayServerException(String message) {
        super(message);
    }

    public RelayServerException(String message, Throwable cause) {
        super(message, cause);
    }
}

package app.pli.transport.relay.bench;

import app.pli.core.error.PliException;

/**
 * A load run could not be carried out or was cut short: the relay could not be reached in
 * time, refused a request, did not answer within the run's time limit, or delivered a block
 * the run never sent. The message is one printable line.
 */
public class RelayLoadException extends PliException {
    private static final long serialVersionUID = 1L;

    public RelayLoadException(String message) {
        super(message);
    }

    public RelayLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}

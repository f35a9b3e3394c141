package app.pli.messenger.delivery;

import app.pli.core.error.PliException;

/** A relay did not answer within the bounded wait; what was asked of it is left for a later attempt. */
public final class RelayUnreachableException extends PliException {
    private static final long serialVersionUID = 1L;

    public RelayUnreachableException(String message) {
        super(message);
    }
}

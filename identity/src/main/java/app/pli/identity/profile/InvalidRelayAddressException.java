package app.pli.identity.profile;

import app.pli.core.error.PliException;

/** A home relay address token that is empty, too long, or holds spaces or control characters. */
public final class InvalidRelayAddressException extends PliException {
    private static final long serialVersionUID = 1L;

    public InvalidRelayAddressException(String message) {
        super(message);
    }
}

package app.pli.messenger.conversation;

import app.pli.core.error.PliException;

/** A text that cannot be sent: empty or longer than 64 KiB. */
public final class InvalidTextException extends PliException {
    private static final long serialVersionUID = 1L;

    public InvalidTextException(String message) {
        super(message);
    }
}

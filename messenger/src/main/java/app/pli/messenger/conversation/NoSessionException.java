package app.pli.messenger.conversation;

import app.pli.core.error.PliException;

/** A message for a contact whose introduction has not agreed keys yet. */
public final class NoSessionException extends PliException {
    private static final long serialVersionUID = 1L;

    public NoSessionException(String message) {
        super(message);
    }
}

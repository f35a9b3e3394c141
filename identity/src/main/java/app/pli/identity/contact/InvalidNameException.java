package app.pli.identity.contact;

import app.pli.core.error.PliException;

/**
 * A display name or contact name breaks the naming rules of {@link ContactNames}. The
 * message says which rule, never quoting the name (it may hold terminal escapes).
 */
public final class InvalidNameException extends PliException {
    private static final long serialVersionUID = 1L;

    public InvalidNameException(String message) {
        super(message);
    }
}

package app.pli.identity.contact;

import app.pli.core.error.PliException;

/** Another contact already has the name asked for; names are unique (case-sensitive). */
public final class ContactNameTakenException extends PliException {
    private static final long serialVersionUID = 1L;

    public ContactNameTakenException(String message) {
        super(message);
    }
}

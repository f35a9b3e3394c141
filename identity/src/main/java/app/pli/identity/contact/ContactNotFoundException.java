package app.pli.identity.contact;

import app.pli.core.error.PliException;

/** No contact has the name (or id) asked for. */
public final class ContactNotFoundException extends PliException {
    private static final long serialVersionUID = 1L;

    public ContactNotFoundException(String message) {
        super(message);
    }
}

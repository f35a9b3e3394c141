package app.pli.identity.group;

import app.pli.core.error.PliException;

/** A group step was refused, or a group state does not hold: one printable line, no secret. */
public class GroupException extends PliException {
    private static final long serialVersionUID = 1L;

    public GroupException(String message) {
        super(message);
    }
}

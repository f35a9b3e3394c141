package app.pli.identity.profile;

import app.pli.core.error.PliException;

/** A profile was to be created where one already exists; the existing one is left untouched. */
public final class ProfileExistsException extends PliException {
    private static final long serialVersionUID = 1L;

    public ProfileExistsException(String message) {
        super(message);
    }
}

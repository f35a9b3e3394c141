package app.pli.identity.profile;

import app.pli.core.error.PliException;

/** The store holds no profile yet (run {@code pli init} first). */
public final class ProfileMissingException extends PliException {
    private static final long serialVersionUID = 1L;

    public ProfileMissingException(String message) {
        super(message);
    }
}

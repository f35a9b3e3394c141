package app.pli.identity.intro;

import app.pli.core.error.PliException;

/** Base of the introduction's errors: one printable line, never a secret, key or code. */
public class IntroductionException extends PliException {
    private static final long serialVersionUID = 1L;

    public IntroductionException(String message) {
        super(message);
    }
}

package app.pli.identity.intro;

/** A typed code is not four digits; it does not count as an attempt. */
public final class InvalidCodeException extends IntroductionException {
    private static final long serialVersionUID = 1L;

    public InvalidCodeException(String message) {
        super(message);
    }
}

package app.pli.identity.intro;

/** The step asked for is not allowed in the introduction's current state; nothing changed. */
public final class IntroductionStateException extends IntroductionException {
    private static final long serialVersionUID = 1L;

    public IntroductionStateException(String message) {
        super(message);
    }
}

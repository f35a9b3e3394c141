package app.pli.identity.intro;

/** No introduction has the id asked for, or the contact has none (for example it was removed). */
public final class IntroductionNotFoundException extends IntroductionException {
    private static final long serialVersionUID = 1L;

    public IntroductionNotFoundException(String message) {
        super(message);
    }
}

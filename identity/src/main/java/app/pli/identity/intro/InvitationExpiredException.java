package app.pli.identity.intro;

/** The invitation's lifetime is over: it can no longer be accepted or answered. */
public final class InvitationExpiredException extends IntroductionException {
    private static final long serialVersionUID = 1L;

    public InvitationExpiredException(String message) {
        super(message);
    }
}

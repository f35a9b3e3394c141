package app.pli.identity.intro;

/** The invitation was already used (an invitation works once), or is this profile's own. */
public final class InvitationUsedException extends IntroductionException {
    private static final long serialVersionUID = 1L;

    public InvitationUsedException(String message) {
        super(message);
    }
}

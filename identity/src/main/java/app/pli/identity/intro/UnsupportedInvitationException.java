package app.pli.identity.intro;

/** The invitation is of a protocol version this build does not speak. */
public final class UnsupportedInvitationException extends IntroductionException {
    private static final long serialVersionUID = 1L;

    public UnsupportedInvitationException(String message) {
        super(message);
    }
}

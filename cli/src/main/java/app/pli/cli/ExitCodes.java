package app.pli.cli;

/** The exit codes every {@code pli} command uses. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** A user error: bad input, missing profile, wrong passphrase, refused operation. */
    public static final int USER_ERROR = 1;
    /** A usage error: unknown command or option, missing or malformed argument. */
    public static final int USAGE = 2;
    /** A bug in Pli; the user is told to report it. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {}
}

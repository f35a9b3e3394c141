package app.pli.cli;

/**
 * Entry point of the {@code pli} command: builds the command tree and exits with its code.
 *
 * <p>Exit codes: 0 success, 1 a user error (a {@link app.pli.core.error.PliException}),
 * 2 a usage error (unknown command or option), 70 an internal error.
 */
public final class PliMain {
    private PliMain() {}

    public static void main(String[] args) {
        // One readable line per log record (the JDK default spreads each over two lines).
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT %4$s %5$s%6$s%n");
        System.exit(run(args));
    }

    /** Runs {@code pli} with {@code args} on the process's standard streams; returns the exit code. */
    public static int run(String... args) {
        return PliCommandLine.create().execute(args);
    }
}

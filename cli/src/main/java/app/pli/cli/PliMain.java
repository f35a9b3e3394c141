package app.pli.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point of the {@code pli} command: builds the command tree and exits with its code.
 *
 * <p>Exit codes: 0 success, 1 a user error (a {@link app.pli.core.error.PliException}),
 * 2 a usage error (unknown command or option), 70 an internal error.
 */
public final class PliMain {
    /**
     * The SQLite driver's loader reports, with a stack trace, that it could not delete a
     * native library another pli process extracted and removed at the same moment: harmless,
     * and not the user's concern. Held here because the JDK keeps loggers only weakly.
     */
    private static final Logger SQLITE_DRIVER = Logger.getLogger("org.sqlite");

    private PliMain() {}

    public static void main(String[] args) {
        // One readable line per log record (the JDK default spreads each over two lines).
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT %4$s %5$s%6$s%n");
        SQLITE_DRIVER.setLevel(Level.OFF);
        if (opensStore(args)) {
            SqliteLibraryCache.install(System.getenv());
        }
        System.exit(run(args));
    }

    /** Whether {@code args} run a command, rather than ask for help, a version or a completion script. */
    private static boolean opensStore(String... args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || arg.equals("-V")) {
                return false;
            }
        }
        return PliCommandLine.commandWord(args).filter(word -> !word.equals("help") && !word.equals("completion"))
                .isPresent();
    }

    /** Runs {@code pli} with {@code args} on the process's standard streams; returns the exit code. */
    public static int run(String... args) {
        return PliCommandLine.forArguments(args).execute(args);
    }
}

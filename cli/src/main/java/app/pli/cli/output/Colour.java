package app.pli.cli.output;

import java.util.Map;

/**
 * Whether Pli may print colour (ANSI escape sequences) at all: not when the environment
 * variable {@code NO_COLOR} is set to a non-empty value (no-color.org). Every place that
 * colours its output asks here first: picocli's help, the chat, the QR code, progress bars.
 */
public final class Colour {
    private Colour() {}

    /** Whether this process's environment allows colour. */
    public static boolean allowed() {
        return allowed(System.getenv());
    }

    /** Whether {@code env} allows colour: {@code NO_COLOR} is unset or empty. */
    public static boolean allowed(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return noColor == null || noColor.isEmpty();
    }
}

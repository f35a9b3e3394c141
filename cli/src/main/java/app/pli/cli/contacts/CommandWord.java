package app.pli.cli.contacts;

import java.util.regex.Pattern;

/** Quotes a name for a command line a person may copy into a POSIX shell. */
public final class CommandWord {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.,:@%+=/-]+");

    private CommandWord() {}

    /** {@code word} as is when the shell leaves it alone, else in single quotes. */
    public static String quoted(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}

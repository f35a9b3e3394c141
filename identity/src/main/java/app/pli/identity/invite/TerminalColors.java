package app.pli.identity.invite;

/**
 * Whether a terminal QR code forces its own colours.
 *
 * <p>{@link #ANSI} is the choice for an interactive terminal: it paints the code white on
 * black whatever the terminal's theme, so the code always has the normal polarity.
 * {@link #NONE} is for output that is piped, or when {@code NO_COLOR} is set: the code is
 * drawn in the terminal's own foreground, normal on a dark theme and inverted on a light one.
 */
public enum TerminalColors {
    /** Plain characters only. */
    NONE,
    /** Each line wrapped in {@code ESC[40;37;1m} ... {@code ESC[0m} (bold white on black). */
    ANSI
}

package app.pli.identity.contact;

import java.util.Collection;
import java.util.Objects;

/**
 * The rules for names people see: contact names and shared display names.
 *
 * <p>A <em>plain</em> name has at most {@value #MAX_CODE_POINTS} code points, no control,
 * format (such as bidirectional overrides), separator or unpaired surrogate characters,
 * and no leading or trailing whitespace, so it cannot rewrite a terminal or disguise
 * itself. A contact name is a non-empty plain name. A name received from a peer is never
 * refused: {@link #fromShared} cleans it into a contact name instead.
 */
public final class ContactNames {
    /** The longest name, in Unicode code points. */
    public static final int MAX_CODE_POINTS = 64;
    /** The name given when a peer shares none (or nothing printable). */
    public static final String FALLBACK = "contact";

    private ContactNames() {}

    /** Whether {@code text} is a plain name as described above (the empty string is plain). */
    public static boolean isPlain(String text) {
        Objects.requireNonNull(text, "text");
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            return false;
        }
        if (!text.isEmpty() && (isSpace(text.codePointAt(0)) || isSpace(text.codePointBefore(text.length())))) {
            return false;
        }
        return text.codePoints().allMatch(cp -> !isForbidden(cp));
    }

    /** Refuses a contact name that is empty or not plain. */
    public static void requireValid(String name) throws InvalidNameException {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new InvalidNameException("a contact name cannot be empty");
        }
        if (!isPlain(name)) {
            throw new InvalidNameException("a contact name must have at most " + MAX_CODE_POINTS
                    + " characters, no control characters and no leading or trailing spaces");
        }
    }

    /**
     * A contact name made from a name a peer shared: forbidden characters dropped, runs of
     * whitespace folded to one space, trimmed, cut to {@value #MAX_CODE_POINTS} code
     * points; {@value #FALLBACK} when nothing is left.
     */
    public static String fromShared(String shared) {
        StringBuilder out = new StringBuilder();
        boolean pendingSpace = false;
        int kept = 0;
        for (int cp : (shared == null ? "" : shared).codePoints().toArray()) {
            if (isSpace(cp)) {
                pendingSpace = kept > 0;
            } else if (!isForbidden(cp)) {
                if (kept + (pendingSpace ? 2 : 1) > MAX_CODE_POINTS) {
                    break;
                }
                if (pendingSpace) {
                    out.append(' ');
                    kept++;
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
                kept++;
            }
        }
        return out.length() == 0 ? FALLBACK : out.toString();
    }

    /**
     * {@code base} if no name in {@code taken} equals it, otherwise the first free of
     * "base (2)", "base (3)", ... (the base is shortened when the suffix would make the
     * name too long). {@code base} must be a valid contact name.
     */
    public static String firstFree(String base, Collection<String> taken) {
        Objects.requireNonNull(base, "base");
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = " (" + n + ")";
            String candidate = shorten(base, MAX_CODE_POINTS - suffix.length()) + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static String shorten(String text, int codePoints) {
        if (text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints)).stripTrailing();
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isForbidden(int cp) {
        if (cp == ' ') {
            return false;
        }
        if (Character.isISOControl(cp) || isSpace(cp)) {
            // Only the plain space may separate words: tabs, newlines and exotic spaces
            // could misalign or fake terminal output.
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE;
    }
}

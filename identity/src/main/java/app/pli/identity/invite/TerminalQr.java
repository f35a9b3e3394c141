package app.pli.identity.invite;

import com.google.zxing.qrcode.encoder.ByteMatrix;

/**
 * Draws a QR symbol with Unicode half blocks, two module rows per text line.
 *
 * <p>Light modules and the quiet zone are drawn as blocks, dark modules as spaces (as
 * {@code qrencode -t UTF8} does). A terminal draws characters in its foreground colour, so
 * on a dark theme the blocks are light and the code has its normal polarity, with a light
 * quiet zone that separates it from the dark background. On a light theme the same text is
 * the exact inverse: an inverted QR code whose quiet zone is the dark frame of blocks, which
 * scanners that also try inverted codes (ZXing, and Pli's own image decoder) read. Where
 * the terminal shows colours, {@link TerminalColors#ANSI} removes the guess: light text on
 * a black background gives the normal polarity on every theme.
 */
final class TerminalQr {
    static final char FULL = '\u2588';
    static final char UPPER = '\u2580';
    static final char LOWER = '\u2584';
    static final char EMPTY = ' ';
    static final String ANSI_START = "\u001b[40;37;1m";
    static final String ANSI_RESET = "\u001b[0m";

    private TerminalQr() {}

    /**
     * The text of {@code symbol} (1 = dark module) inside a quiet zone of {@code quietZone}
     * modules: {@code size + 2 * quietZone} characters per line and half that many lines,
     * rounded up, each ending with a newline.
     */
    static String render(ByteMatrix symbol, int quietZone, TerminalColors colors) {
        int size = symbol.getWidth() + 2 * quietZone;
        StringBuilder out = new StringBuilder((size + 16) * (size / 2 + 1));
        for (int top = 0; top < size; top += 2) {
            if (colors == TerminalColors.ANSI) {
                out.append(ANSI_START);
            }
            for (int x = 0; x < size; x++) {
                boolean upper = light(symbol, quietZone, x, top);
                // Below an odd last row there is nothing: leave that half to the background.
                boolean lower = top + 1 < size && light(symbol, quietZone, x, top + 1);
                out.append(upper ? (lower ? FULL : UPPER) : (lower ? LOWER : EMPTY));
            }
            if (colors == TerminalColors.ANSI) {
                out.append(ANSI_RESET);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static boolean light(ByteMatrix symbol, int quietZone, int x, int y) {
        int sx = x - quietZone;
        int sy = y - quietZone;
        boolean inside = sx >= 0 && sy >= 0 && sx < symbol.getWidth() && sy < symbol.getHeight();
        return !inside || symbol.get(sx, sy) == 0;
    }
}

package app.pli.identity.keys;

/** Renders hash bytes as groups of five decimal digits, five bytes per group (as Signal does). */
final class DigitGroups {
    private DigitGroups() {}

    static String of(byte[] hash, int groups) {
        if (groups * 5 > hash.length) {
            throw new IllegalArgumentException("not enough bytes for " + groups + " groups");
        }
        StringBuilder out = new StringBuilder(groups * 6);
        for (int g = 0; g < groups; g++) {
            long chunk = 0;
            for (int i = 0; i < 5; i++) {
                chunk = (chunk << 8) | (hash[g * 5 + i] & 0xff);
            }
            if (g > 0) {
                out.append(' ');
            }
            out.append(String.format("%05d", chunk % 100_000));
        }
        return out.toString();
    }
}

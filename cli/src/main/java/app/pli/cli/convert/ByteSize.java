package app.pli.cli.convert;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A number of bytes as people write it: plain bytes ({@code 123}, {@code 0}) or whole
 * binary units ({@code 512KiB}, {@code 16MiB}, {@code 1GiB}); and as {@code pli} prints it
 * ({@code 16 MiB}, {@code 1.2 MiB}).
 */
public final class ByteSize {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*(B|KiB|MiB|GiB|TiB)?",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> UNITS = List.of("B", "KiB", "MiB", "GiB", "TiB");
    private static final List<String> LOWERCASE_UNITS = UNITS.stream().map(u -> u.toLowerCase(Locale.ROOT)).toList();

    private ByteSize() {}

    /** Converts a size for picocli. */
    public static final class Converter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return parse(value);
        }
    }

    /** Parses a size; a bad value is a usage error. */
    public static long parse(String value) {
        Matcher m = SIZE.matcher(value.trim());
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not a size (examples: 0, 123, 512KiB, 16MiB, 1GiB)");
        }
        int shift = 10 * (m.group(2) == null ? 0 : LOWERCASE_UNITS.indexOf(m.group(2).toLowerCase(Locale.ROOT)));
        long n = Long.parseLong(m.group(1));
        if (n > Long.MAX_VALUE >> shift) {
            throw new TypeConversionException("'" + value + "' is too large");
        }
        return n << shift;
    }

    /** {@code bytes} in the largest unit it fills: {@code 512 B}, {@code 16 MiB}, {@code 1.2 MiB}. */
    public static String format(long bytes) {
        int unit = 0;
        while (unit < UNITS.size() - 1 && bytes >= 1L << (10 * (unit + 1))) {
            unit++;
        }
        long whole = 1L << (10 * unit);
        if (bytes % whole == 0) {
            return bytes / whole + " " + UNITS.get(unit);
        }
        return String.format(Locale.ROOT, "%.1f %s", (double) bytes / whole, UNITS.get(unit));
    }
}

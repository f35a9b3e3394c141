package app.pli.cli.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ByteSizeTest {
    private final ByteSize.Converter converter = new ByteSize.Converter();

    @Test
    void readsBytesAndWholeBinaryUnits() {
        assertEquals(0L, converter.convert("0"));
        assertEquals(123L, converter.convert("123"));
        assertEquals(512L << 10, converter.convert("512KiB"));
        assertEquals(16L << 20, converter.convert("16MiB"));
        assertEquals(1L << 30, converter.convert("1GiB"));
        assertEquals(16L << 20, converter.convert("16 MiB"));
    }

    @Test
    void refusesNegativeFractionalUnknownAndOverflowingSizes() {
        for (String bad : new String[] {"-1", "1.5MiB", "abc", "12XB", "", "MiB", "99999999999TiB"}) {
            assertThrows(TypeConversionException.class, () -> converter.convert(bad), bad);
        }
    }

    @Test
    void printsTheLargestUnitItFills() {
        assertEquals("0 B", ByteSize.format(0));
        assertEquals("1023 B", ByteSize.format(1023));
        assertEquals("16 MiB", ByteSize.format(16L << 20));
        assertEquals("1.2 MiB", ByteSize.format((long) (1.2 * (1 << 20))));
        assertEquals("1 GiB", ByteSize.format(1L << 30));
    }
}

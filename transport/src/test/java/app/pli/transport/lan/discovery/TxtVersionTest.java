package app.pli.transport.lan.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TxtVersionTest {
    private static byte[] txt(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String entry : entries) {
            byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
            out.write(bytes.length);
            out.write(bytes, 0, bytes.length);
        }
        return out.toByteArray();
    }

    @Test
    void versionOneIsSupported() {
        assertEquals(TxtVersion.SUPPORTED, TxtVersion.of(txt("v=1")));
        assertEquals(TxtVersion.SUPPORTED, TxtVersion.of(txt("other=x", "V=1")));
    }

    @Test
    void noDataIsAbsent() {
        assertEquals(TxtVersion.ABSENT, TxtVersion.of(null));
        assertEquals(TxtVersion.ABSENT, TxtVersion.of(new byte[0]));
        assertEquals(TxtVersion.ABSENT, TxtVersion.of(new byte[] {0}));
    }

    @Test
    void otherOrMissingVersionsAreUnsupported() {
        assertEquals(TxtVersion.UNSUPPORTED, TxtVersion.of(txt("v=2")));
        assertEquals(TxtVersion.UNSUPPORTED, TxtVersion.of(txt("v=")));
        assertEquals(TxtVersion.UNSUPPORTED, TxtVersion.of(txt("v")));
        assertEquals(TxtVersion.UNSUPPORTED, TxtVersion.of(txt("v=10")));
        assertEquals(TxtVersion.UNSUPPORTED, TxtVersion.of(txt("name=alice")));
        assertEquals(TxtVersion.UNSUPPORTED, TxtVersion.of(txt("v=2", "v=1")));
    }

    @Test
    void dataRunningPastItsEndIsUnsupported() {
        assertEquals(TxtVersion.UNSUPPORTED, TxtVersion.of(new byte[] {5, 'v', '=', '1'}));
        assertEquals(TxtVersion.UNSUPPORTED, TxtVersion.of(new byte[] {(byte) 0xff}));
    }

    @Property(tries = 2000)
    void anyBytesGiveAnAnswer(@ForAll byte[] text) {
        assertNotNull(TxtVersion.of(text));
    }
}

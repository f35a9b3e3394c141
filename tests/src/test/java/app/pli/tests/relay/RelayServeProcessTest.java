package app.pli.tests.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.cli.PliProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pli relay serve} as its own process: what it prints, the key it keeps, how it stops and refuses. */
class RelayServeProcessTest {
    /** The text-mode first line; group 1 is the port, group 2 the key. */
    static final Pattern ADDRESS_LINE =
            Pattern.compile("relay address: pli-relay://127\\.0\\.0\\.1:([1-9][0-9]{0,4})/([A-Za-z0-9_-]{43})");
    /** The static key's file name in the data folder (the relay server's own constant, package-private there). */
    static final String KEY_FILE = "relay-static-key";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void jsonModePrintsTheAddressObjectFirst() throws Exception {
        try (RelayProcess relay = RelayProcess.start("127.0.0.1:0", dir.resolve("data"), "--json")) {
            JsonNode first = JSON.readTree(relay.firstLine());
            String address = first.path("address").asText();
            assertTrue(address.matches("pli-relay://127\\.0\\.0\\.1:[1-9][0-9]{0,4}/[A-Za-z0-9_-]{43}"), address);
        }
    }

    @Test
    void textModePrintsTheAddressLineAndSigtermExitsZero() throws Exception {
        try (RelayProcess relay = RelayProcess.start("127.0.0.1:0", dir.resolve("data"))) {
            Matcher m = ADDRESS_LINE.matcher(relay.firstLine());
            assertTrue(m.matches(), relay.firstLine());
            assertNotEquals(0, Integer.parseInt(m.group(1)));
            assertEquals(0, relay.stop(), "exit code after SIGTERM");
        }
    }

    @Test
    void staticKeyIsOwnerOnlyAndTheAddressSurvivesARestart() throws Exception {
        Path data = dir.resolve("data");
        String firstKey;
        try (RelayProcess relay = RelayProcess.start("127.0.0.1:0", data)) {
            firstKey = keyOf(relay.firstLine());
            assertEquals(0, relay.stop());
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(KEY_FILE))));
        try (RelayProcess relay = RelayProcess.start("127.0.0.1:0", data)) {
            assertEquals(firstKey, keyOf(relay.firstLine()), "the relay key after a restart on the same data folder");
        }
    }

    @Test
    void listenThatIsNotHostPortIsRefusedInOneLine() throws Exception {
        assertRefusedCleanly(PliProcess.run("relay", "serve", "--listen", "nonsense", "--data", dir.toString()),
                "--listen");
    }

    @Test
    void negativeTtlIsRefusedInOneLine() throws Exception {
        assertRefusedCleanly(PliProcess.run("relay", "serve", "--listen", "127.0.0.1:0", "--ttl", "-5",
                "--data", dir.toString()), "--ttl");
    }

    @Test
    void dataFolderThatIsAFileIsRefusedInOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertRefusedCleanly(PliProcess.run("relay", "serve", "--listen", "127.0.0.1:0", "--data", file.toString()),
                file.getFileName().toString());
    }

    private static String keyOf(String firstLine) {
        Matcher m = ADDRESS_LINE.matcher(firstLine);
        assertTrue(m.matches(), firstLine);
        return m.group(2);
    }

    /** Non-zero exit, exactly one "pli: ..." error line that names {@code subject}, and no stack trace. */
    private static void assertRefusedCleanly(PliProcess.Result r, String subject) {
        assertNotEquals(0, r.exitCode(), r.stderr());
        long errorLines = r.stderr().lines().filter(l -> l.startsWith("pli: ")).count();
        assertEquals(1, errorLines, r.stderr());
        String error = r.stderr().lines().filter(l -> l.startsWith("pli: ")).findFirst().orElseThrow();
        assertTrue(error.contains(subject), error);
        assertFalse(r.stderr().contains("Exception"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), r.stderr());
        assertFalse(r.stdout().contains("relay address"), r.stdout());
    }
}

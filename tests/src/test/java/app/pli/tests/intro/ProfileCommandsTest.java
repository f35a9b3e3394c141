package app.pli.tests.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.cli.PliProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pli init}, {@code pli id} and {@code pli relay use}, and the sources of the passphrase. */
class ProfileCommandsTest {
    private static final String SOME_RELAY = "pli-relay://127.0.0.1:7337/";

    @TempDir
    Path dir;

    @Test
    void unattendedProfileSaysWhereItsKeyIsAndOpensWithoutPassphrase() throws Exception {
        PliHome dave = new PliHome(dir.resolve("D")).withEnv("PLI_PASSPHRASE", "");
        PliProcess.Result init = dave.run("init", "--name", "Dave", "--no-passphrase", "--json");
        assertEquals(0, init.exitCode(), init.stderr());
        Path keyFile = dave.dir().resolve("storage.key");
        assertEquals("warning: storage key kept in " + keyFile
                + " (mode 0600): anyone who can read it can open this profile", init.stderr().strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        JsonNode created = PliHome.parse(init.stdout());
        assertFalse(created.path("passphrase_protected").asBoolean(true), created::toString);

        JsonNode id = dave.json("id", "--json");
        assertEquals("Dave", id.path("name").asText());
        assertEquals(created.path("fingerprint").asText(), id.path("fingerprint").asText());
        assertTrue(id.path("fingerprint").asText().matches("[0-9]{5}( [0-9]{5})+"), id::toString);
        assertTrue(id.has("relay") && id.get("relay").isNull(), id::toString);
    }

    @Test
    void relayUseSetsTheHomeRelayAndRefusesGarbage(@TempDir Path relayData) throws Exception {
        PliHome erin = new PliHome(dir.resolve("E"));
        erin.ok("init", "--name", "Erin");
        try (RelayProcess relay = RelayProcess.start(relayData)) {
            erin.ok("relay", "use", relay.address());
            assertEquals(relay.address(), erin.json("id", "--json").path("relay").asText());
        }
        String line = IntroductionBadInputTest.refusedWithoutChange(erin, "relay", "use", SOME_RELAY);
        assertTrue(line.startsWith("pli: "), line);
    }

    @Test
    void passphraseComesFromAFileOrTheEnvironmentAndIsChecked() throws Exception {
        PliHome frank = new PliHome(dir.resolve("F"));
        frank.ok("init", "--name", "Frank");
        PliHome noVariable = frank.withEnv("PLI_PASSPHRASE", "");

        Path good = Files.writeString(dir.resolve("good"), PliHome.PASSPHRASE + "\n");
        assertEquals("Frank", noVariable.json("id", "--json", "--passphrase-file", good.toString()).path("name").asText());

        Path bad = Files.writeString(dir.resolve("bad"), "not-the-horse\n");
        String wrong = IntroductionBadInputTest.refusedWithoutChange(noVariable, "id", "--passphrase-file", bad.toString());
        assertTrue(wrong.contains("wrong passphrase"), wrong);

        assertEquals("pli: a passphrase is needed: use --passphrase-file FILE or PLI_PASSPHRASE (or init --no-passphrase)",
                IntroductionBadInputTest.refusedWithoutChange(noVariable, "contacts"));
    }
}

package app.pli.tests.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.cli.PliProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pli wipe}: the profile is gone for good, a running daemon of it stops, files that are
 * not Pli's stay, and nothing is wiped without a confirmation.
 */
class WipeTest {
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path dir;

    @Test
    void wipeDestroysAPassphraseProfileAndStopsItsDaemon() throws Exception {
        Path home = dir.resolve("minister");
        Path passphrase = dir.resolve("passphrase");
        Files.writeString(passphrase, PASSPHRASE + "\n", StandardCharsets.UTF_8);
        assertEquals(0, PliProcess.run("--home", home.toString(), "init", "--name", "Ada",
                "--passphrase-file", passphrase.toString()).exitCode());
        Process daemon = PliProcess.start(Map.of(), "--home", home.toString(), "daemon", "--no-lan",
                "--passphrase-file", passphrase.toString());
        try {
            daemon.getOutputStream().close();
            String online = new String(daemon.getInputStream().readNBytes(9), StandardCharsets.UTF_8);
            assertEquals("online as", online, "the daemon came online");

            PliProcess.Result wipe = PliProcess.run("--home", home.toString(), "wipe", "--yes");
            assertEquals(0, wipe.exitCode(), wipe.stderr());
            assertTrue(wipe.stdout().contains("wiped the profile in"), wipe.stdout());
            assertFalse(Files.exists(home), "the home directory, which held only Pli's files, is gone");

            assertTrue(daemon.waitFor(30, TimeUnit.SECONDS), "the daemon stopped after the wipe");
            String err = new String(daemon.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(err.contains("the profile was wiped"), err);
        } finally {
            daemon.destroyForcibly().waitFor();
        }
        PliProcess.Result after = PliProcess.run("--home", home.toString(), "contacts", "--passphrase-file",
                passphrase.toString());
        assertEquals(1, after.exitCode());
        assertTrue(after.stderr().contains("no profile"), after.stderr());
    }

    @Test
    void filesThatAreNotPlisStayAndSoDoesTheirFolder() throws Exception {
        Path home = dir.resolve("laptop");
        assertEquals(0, PliProcess.run("--home", home.toString(), "init", "--name", "Bo", "--no-passphrase").exitCode());
        Files.createDirectories(home.resolve("files"));
        Files.writeString(home.resolve("files/blocks"), "sealed blocks");
        Files.writeString(home.resolve("notes.txt"), "mine");

        PliProcess.Result wipe = PliProcess.run("--home", home.toString(), "wipe", "--yes", "--json");
        assertEquals(0, wipe.exitCode(), wipe.stderr());
        assertTrue(wipe.stdout().contains("\"wiped\""), wipe.stdout());
        try (var left = Files.list(home)) {
            assertEquals(java.util.List.of(home.resolve("notes.txt")), left.toList());
        }
        assertEquals("mine", Files.readString(home.resolve("notes.txt")));
    }

    @Test
    void withoutATerminalOrYesNothingIsWiped() throws Exception {
        Path home = dir.resolve("kept");
        assertEquals(0, PliProcess.run("--home", home.toString(), "init", "--name", "Cy", "--no-passphrase").exitCode());
        PliProcess.Result wipe = PliProcess.runWithInput(Map.of(), "wipe\n", "--home", home.toString(), "wipe");
        assertEquals(1, wipe.exitCode());
        assertTrue(wipe.stderr().contains("--yes"), wipe.stderr());
        assertFalse(wipe.stderr().contains("\tat "), wipe.stderr());
        assertEquals(0, PliProcess.run("--home", home.toString(), "contacts").exitCode(), "the profile is intact");

        PliProcess.Result none = PliProcess.run("--home", dir.resolve("nothing").toString(), "wipe", "--yes");
        assertEquals(1, none.exitCode());
        assertTrue(none.stderr().contains("no profile"), none.stderr());
    }
}

package app.pli.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --quiet}, run as processes: the result and errors stay, hints, notes and advice go,
 * an empty list prints nothing, and exit codes do not change.
 */
class QuietTest {
    @TempDir
    Path dir;

    private String home;

    @BeforeEach
    void home() {
        home = dir.resolve("alice").toString();
    }

    @Test
    void initKeepsItsResultAndDropsTheAdvice() throws Exception {
        PliProcess.Result loud = PliProcess.run("--home", dir.resolve("loud").toString(), "init", "--name", "Alice",
                "--no-passphrase");
        assertEquals(0, loud.exitCode(), loud.stderr());
        assertTrue(loud.stderr().startsWith("warning: storage key kept in"), loud.stderr());
        assertTrue(loud.stdout().contains("set one with: pli relay use"), loud.stdout());

        PliProcess.Result quiet = init();
        assertEquals("", quiet.stderr());
        assertTrue(quiet.stdout().contains("Created the profile in") && quiet.stdout().contains("fingerprint:"),
                quiet.stdout());
        assertTrue(quiet.stdout().contains("relay:       none" + System.lineSeparator())
                || quiet.stdout().strip().endsWith("relay:       none"), quiet.stdout());
        assertFalse(quiet.stdout().contains("pli relay use"), quiet.stdout());
    }

    @Test
    void listsKeepTheirDataAndDropTheirHints() throws Exception {
        init();
        PliProcess.Result loud = pli("contacts");
        assertEquals(0, loud.exitCode(), loud.stderr());
        assertTrue(loud.stdout().contains("meet someone with: pli invite"), loud.stdout());
        PliProcess.Result quiet = pli("contacts", "--quiet");
        assertEquals(0, quiet.exitCode(), quiet.stderr());
        assertEquals("", quiet.stdout(), "an empty list prints nothing");
        assertEquals("", quiet.stderr());
        assertEquals("[]", pli("--quiet", "contacts", "--json").stdout().strip(), "--json is unchanged");

        PliProcess.Result created = pli("group", "create", "team", "--quiet");
        assertEquals(0, created.exitCode(), created.stderr());
        assertTrue(created.stdout().startsWith("created team ("), created.stdout());
        assertFalse(created.stdout().contains("add members with"), created.stdout());
        PliProcess.Result groups = pli("--quiet", "group", "list");
        assertTrue(groups.stdout().contains("team"), "the data stays: " + groups.stdout());

        PliProcess.Result id = pli("id", "--quiet");
        assertEquals(0, id.exitCode(), id.stderr());
        assertTrue(id.stdout().contains("name:        Alice"), id.stdout());
        assertFalse(id.stdout().contains("pli relay use"), id.stdout());

        assertEquals("auto-download off: fetch files with pli files get ID",
                pli("files", "auto-download", "0").stdout().strip());
        assertEquals("auto-download off", pli("files", "auto-download", "--quiet").stdout().strip());
    }

    @Test
    void errorsAndExitCodesStay() throws Exception {
        init();
        PliProcess.Result userError = pli("--quiet", "contacts", "remove", "Nobody");
        PliProcess.Result loudUserError = pli("contacts", "remove", "Nobody");
        assertEquals(1, userError.exitCode());
        assertEquals(loudUserError.exitCode(), userError.exitCode());
        assertEquals(loudUserError.stderr(), userError.stderr());
        assertTrue(userError.stderr().startsWith("pli: "), userError.stderr());

        PliProcess.Result usage = pli("--quiet", "contacts", "--no-such-option");
        assertEquals(2, usage.exitCode());
        assertTrue(usage.stderr().contains("--no-such-option"), usage.stderr());

        PliProcess.Result noProfile = PliProcess.run("--home", dir.resolve("none").toString(), "id", "--quiet");
        assertEquals(1, noProfile.exitCode());
        assertFalse(noProfile.stderr().isBlank(), "errors are never quiet");
    }

    private PliProcess.Result init() throws Exception {
        PliProcess.Result r = PliProcess.run("--home", home, "--quiet", "init", "--name", "Alice", "--no-passphrase");
        assertEquals(0, r.exitCode(), r.stderr());
        return r;
    }

    private PliProcess.Result pli(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home;
        System.arraycopy(args, 0, all, 2, args.length);
        return PliProcess.run(all);
    }
}

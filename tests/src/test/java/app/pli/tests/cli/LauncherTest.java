package app.pli.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The launcher and the shaded jar, run as separate processes the way a user runs them. */
class LauncherTest {
    @Test
    void versionPrintsTheVersion() throws Exception {
        PliProcess.Result r = PliProcess.run("--version");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().startsWith("pli "), r.stdout());
    }

    @Test
    void helpPrintsUsage() throws Exception {
        PliProcess.Result r = PliProcess.run("--help");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("Usage: pli"), r.stdout());
    }

    @Test
    void unknownCommandExitsTwoWithUsageAndNoStackTrace() throws Exception {
        PliProcess.Result r = PliProcess.run("no-such-command");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("Usage:"), r.stderr());
        assertFalse(r.stderr().contains("Exception"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), r.stderr());
    }

    @Test
    void missingJarTellsHowToBuildIt() throws Exception {
        PliProcess.Result r = PliProcess.run(Map.of("PLI_JAR", "/nonexistent/pli.jar"), "--version");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("mvn -B -DskipTests package"), r.stderr());
    }
}

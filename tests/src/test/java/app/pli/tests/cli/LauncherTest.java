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

    @Test
    void runsOnTheJdkJavaHomeNames() throws Exception {
        PliProcess.Result r = PliProcess.run("--version");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("Java " + System.getProperty("java.version")), r.stdout());
    }

    @Test
    void withoutJavaHomePicksAJdkOfSeventeenOrLaterAndPrintsNoJvmWarnings() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(PliProcess.launcher().toString(), "--version");
        pb.environment().put("PLI_JAR", PliProcess.jar().toString());
        pb.environment().remove("JAVA_HOME");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("Java (\\d+)").matcher(out);
        assertTrue(version.find(), out);
        assertTrue(Integer.parseInt(version.group(1)) >= 17, out);
        assertEquals("", err, "no JVM warnings (native access, Unsafe) on any JDK the launcher picks");
    }
}

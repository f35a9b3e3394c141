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
        String version = runWithoutJavaHome("--version");
        java.util.regex.Matcher major = java.util.regex.Pattern.compile("Java (\\d+)").matcher(version);
        assertTrue(major.find(), version);
        assertTrue(Integer.parseInt(major.group(1)) >= 17, version);
        runWithoutJavaHome("demo"); // loads SQLite's native library, Kryo, Netty: no warnings from any
    }

    /** Runs the launcher without JAVA_HOME and returns its stdout; exit 0 and no JVM warning required. */
    private static String runWithoutJavaHome(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(PliProcess.launcher().toString()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE);
        pb.environment().put("PLI_JAR", PliProcess.jar().toString());
        pb.environment().remove("JAVA_HOME");
        Process p = pb.start();
        p.getOutputStream().close();
        java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "pli " + String.join(" ", args) + " did not finish");
        assertEquals(0, p.exitValue(), err.get());
        assertFalse(err.get().contains("WARNING"), "no JVM warnings (native access, Unsafe) on the JDK the launcher picks:\n" + err.get());
        return out;
    }
}

package app.pli.tests.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.pli.tests.cli.PliProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the LAN acceptance script {@code tests/scenarios/lan.sh} (three network namespaces;
 * it needs root, which CI has) with a bound against a hung run, skips the test with the
 * script's reason where namespaces cannot be made, and checks that it went through every step.
 */
final class LanScript {
    /** The script's conventional "skipped" exit code. */
    private static final int SKIPPED = 77;
    /** How long the script may take to clean up (namespaces, daemons) after SIGTERM. */
    private static final Duration CLEANUP_LIMIT = Duration.ofSeconds(60);
    /** The only variables the script inherits: nothing that could carry a secret. */
    private static final List<String> INHERITED = List.of("PATH", "JAVA_HOME", "HOME", "TMPDIR", "LANG", "LC_ALL");

    private LanScript() {}

    /**
     * Runs the script with {@code options}, its output in {@code output}; asserts exit 0 and
     * {@code steps} in order (skips the test on exit 77); returns what it printed.
     */
    static String runAndCheck(Path output, Duration limit, List<String> steps, String... options)
            throws IOException, InterruptedException {
        int exit = run(output, limit, options);
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        if (exit == SKIPPED) {
            Assumptions.abort(printed.lines().filter(line -> line.startsWith("lan.sh: SKIP:")).findFirst()
                    .orElse("lan.sh skipped the scenario (exit 77) without saying why: " + printed));
        }
        assertEquals(0, exit, () -> "lan.sh failed:\n" + printed);
        assertStepsInOrder(printed.lines().toList(), steps);
        return printed;
    }

    /** Runs the script with its output (stdout and stderr) in {@code output}; returns its exit code. */
    private static int run(Path output, Duration limit, String... options) throws IOException, InterruptedException {
        Path repository = repositoryRoot();
        List<String> command = new ArrayList<>(List.of("bash", repository.resolve("tests/scenarios/lan.sh").toString()));
        command.addAll(List.of(options));
        command.add(PliProcess.launcher().toString());
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(repository.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().retainAll(INHERITED);
        PliProcess.pinJvm(env);
        Process script = pb.start();
        script.getOutputStream().close();
        if (!script.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            stop(script);
            fail("lan.sh did not finish within " + limit + "; it printed:\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        return script.exitValue();
    }

    /**
     * Ends a hung run: SIGTERM to the script (whose exit trap removes the namespaces) and to
     * its processes, then SIGKILL to whatever is left after {@link #CLEANUP_LIMIT}.
     */
    private static void stop(Process script) throws InterruptedException {
        List<ProcessHandle> family = script.descendants().toList();
        family.forEach(ProcessHandle::destroy);
        script.destroy();
        if (!script.waitFor(CLEANUP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly().waitFor();
        }
        family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** The repository: the parent of this tests module, where Maven runs it. */
    private static Path repositoryRoot() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return module.toAbsolutePath().normalize().getParent();
    }

    private static void assertStepsInOrder(List<String> lines, List<String> steps) {
        int from = 0;
        for (String step : steps) {
            int at = indexOfLineStartingWith(lines, step, from);
            final int searchedFrom = from;
            assertTrue(at >= 0, () -> "lan.sh exited 0 without the step \"" + step + "\" after line " + searchedFrom
                    + ":\n" + String.join("\n", lines));
            from = at + 1;
        }
    }

    private static int indexOfLineStartingWith(List<String> lines, String prefix, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}

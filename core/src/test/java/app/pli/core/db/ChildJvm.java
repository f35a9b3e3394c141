package app.pli.core.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A second JVM running a main class from the test class path, so tests can exercise SQLite
 * locking between processes. Closing it always kills the process and waits for its end.
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BufferedReader stdout;
    private final Path stderr;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.stderr = stderr;
    }

    /** Starts {@code mainClass} with {@code args}; its standard error goes to {@code stderr}. */
    static ChildJvm start(Class<?> mainClass, Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.to(stderr.toFile()))
                .start();
        return new ChildJvm(process, stderr);
    }

    /** Reads the child's output until {@code expected}; fails if the child ends first. */
    void awaitLine(String expected) throws IOException {
        for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
            if (line.equals(expected)) {
                return;
            }
        }
        throw new AssertionError("child ended before printing " + expected + "; stderr: " + errors());
    }

    /** Closes the child's standard input, which the lock holder takes as its cue to exit. */
    void closeInput() throws IOException {
        OutputStream in = process.getOutputStream();
        in.close();
    }

    /** Waits for the child to end and returns its exit code. */
    int waitForExit() throws InterruptedException {
        return process.waitFor();
    }

    String errors() throws IOException {
        return Files.exists(stderr) ? Files.readString(stderr) : "";
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        // join() waits even if the test thread is interrupted, so no child outlives the test.
        process.onExit().join();
        stdout.close();
    }
}

package app.pli.tests.relay;

import app.pli.tests.cli.PliProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code pli relay serve} running in its own JVM through the real launcher, for tests
 * that stop, kill and restart it. Its stdout and stderr go to files, so a test can read
 * the first line (the address) without a pipe ever filling up.
 *
 * <p>{@link #close()} always ends the process: SIGTERM first, SIGKILL if it lingers.
 */
final class RelayProcess implements AutoCloseable {
    private static final long FIRST_LINE_TIMEOUT_MS = 60_000;
    private static final long STOP_TIMEOUT_S = 30;

    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private final String firstLine;

    private RelayProcess(Process process, Path stdout, Path stderr) throws IOException, InterruptedException {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
        this.firstLine = awaitFirstLine();
    }

    /** Starts {@code pli relay serve --listen LISTEN --data DATA [extra...]} and waits for its first stdout line. */
    static RelayProcess start(String listen, Path dataDir, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PliProcess.launcher().toString(), "relay", "serve",
                "--listen", listen, "--data", dataDir.toString()));
        command.addAll(List.of(extra));
        Path out = Files.createTempFile("pli-relay-out", ".txt");
        Path err = Files.createTempFile("pli-relay-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        PliProcess.pinJvm(pb.environment());
        Process p = pb.start();
        p.getOutputStream().close();
        try {
            return new RelayProcess(p, out, err);
        } catch (IOException | InterruptedException | AssertionError e) {
            p.destroyForcibly().waitFor(STOP_TIMEOUT_S, TimeUnit.SECONDS);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            throw e;
        }
    }

    /** The first line the relay printed on stdout. */
    String firstLine() {
        return firstLine;
    }

    /** The relay's process id (the launcher execs the JVM, so this is the JVM). */
    long pid() {
        return process.pid();
    }

    /** Sends SIGTERM and returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT_S, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the relay did not stop within " + STOP_TIMEOUT_S + " s of SIGTERM");
        }
        return process.exitValue();
    }

    /** Kills the relay with SIGKILL, as a power cut or the OOM killer would, and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** What the relay wrote to stderr so far. */
    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(STOP_TIMEOUT_S, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private String awaitFirstLine() throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + FIRST_LINE_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            String text = Files.readString(stdout, StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            if (newline >= 0) {
                return text.substring(0, newline);
            }
            if (!process.isAlive()) {
                throw new AssertionError("the relay exited with " + process.exitValue()
                        + " before printing its address: " + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the relay printed no address within " + FIRST_LINE_TIMEOUT_MS + " ms");
    }
}

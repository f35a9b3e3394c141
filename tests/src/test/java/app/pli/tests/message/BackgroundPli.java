package app.pli.tests.message;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A long-running {@code pli} process (a daemon) whose output a test reads line by line, with
 * a bound on every wait so a stuck process fails the test instead of hanging it. Every line
 * it printed stays available after it ended. {@link #close()} kills it if it still runs.
 */
final class BackgroundPli implements AutoCloseable {
    private static final Duration EXIT_WAIT = Duration.ofSeconds(60);
    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
    private final List<String> stdout = Collections.synchronizedList(new ArrayList<>());
    private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());
    private final Thread stdoutReader;

    BackgroundPli(Process process) {
        this.process = process;
        this.stdoutReader = pump(process.getInputStream(), line -> {
            stdout.add(line);
            unread.add(line);
        }, () -> unread.add(END));
        pump(process.getErrorStream(), stderr::add, () -> { });
    }

    private Thread pump(InputStream stream, Consumer<String> sink, Runnable atEnd) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                stderr.add("(reading pli's output failed: " + e.getMessage() + ")");
            } finally {
                atEnd.run();
            }
        }, "pli-output-reader");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    /** The next unread stdout line that matches, skipping others; fails after {@code limit} or at the end. */
    String awaitLine(Predicate<String> wanted, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            String line = unread.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || END.equals(line)) {
                throw new AssertionError((line == null ? "no such line within " + limit : "the output ended")
                        + "; stdout: " + stdout() + "; stderr: " + stderr());
            }
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    /** The next stderr line (from the start) that matches; fails after {@code limit} or at the end. */
    String awaitStderrLine(Predicate<String> wanted, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() - deadline < 0) {
            for (String line : stderr()) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such stderr line within " + limit + "; stderr: " + stderr());
    }

    /** The process, to signal it. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Sends SIGTERM, as {@code kill} or Ctrl-C would, and returns the exit code. */
    int terminate() throws InterruptedException {
        process.toHandle().destroy();
        return exitCode();
    }

    /** Kills the process with SIGKILL and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
        stdoutReader.join(EXIT_WAIT.toMillis());
    }

    /** Waits for the exit (bounded) and for the last output, and returns the exit code. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(EXIT_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("pli did not exit within " + EXIT_WAIT + "; stderr: " + stderr());
        }
        stdoutReader.join(EXIT_WAIT.toMillis());
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Every line printed on stdout so far. */
    List<String> stdout() {
        synchronized (stdout) {
            return List.copyOf(stdout);
        }
    }

    /** Every line printed on stderr so far. */
    List<String> stderr() {
        synchronized (stderr) {
            return List.copyOf(stderr);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }
}

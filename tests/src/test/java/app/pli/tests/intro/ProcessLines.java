package app.pli.tests.intro;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * A {@code pli} process running in the background whose output a test reads line by line,
 * with a bound on every wait so a stuck process fails the test instead of hanging it.
 * {@link #close()} ends the process if it still runs.
 */
final class ProcessLines implements AutoCloseable {
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());

    ProcessLines(Process process) {
        this.process = process;
        pump(process.getInputStream(), stdout::add, true);
        pump(process.getErrorStream(), stderr::add, false);
    }

    private void pump(InputStream stream, Consumer<String> sink, boolean markEnd) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                sink.accept("(reading failed: " + e.getMessage() + ")");
            } finally {
                if (markEnd) {
                    sink.accept(END);
                }
            }
        }, "pli-output-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next line on stdout that matches, skipping others; fails when the output ends first. */
    String awaitLine(Predicate<String> wanted) throws InterruptedException {
        while (true) {
            String line = stdout.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (line == null || END.equals(line)) {
                throw new AssertionError((line == null ? "no such line in " + WAIT : "the output ended")
                        + "; stderr: " + stderr);
            }
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    /** Types {@code line} on the process's standard input. */
    void type(String line) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot type into pli; stderr: " + stderr, e);
        }
    }

    /** Sends SIGTERM, as {@code kill} would, and keeps reading what the process prints as it stops. */
    void terminate() {
        // Process.destroy() would also close our ends of its pipes; the handle only signals.
        process.toHandle().destroy();
    }

    /** Waits for the exit and returns its code. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("pli did not exit in " + WAIT + "; stderr: " + stderr);
        }
        return process.exitValue();
    }

    /** The lines on stderr so far. */
    List<String> stderr() {
        synchronized (stderr) {
            return List.copyOf(stderr);
        }
    }

    /** The lines remaining on stdout after the process ended. */
    List<String> remainingStdout() throws InterruptedException {
        List<String> lines = new ArrayList<>();
        for (String line = stdout.poll(WAIT.toSeconds(), TimeUnit.SECONDS); line != null && !END.equals(line);
                line = stdout.poll(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            lines.add(line);
        }
        return lines;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }
}

package app.pli.tests.load;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Stops a process with SIGSTOP and lets it go on with SIGCONT after a while, as a suspended
 * laptop or a machine too busy to schedule it would: its sockets stay open, its peers see
 * nothing but silence. {@link #close()} resumes it at once if it is still stopped, so a
 * failing test never leaves a stopped process behind.
 */
public final class Freeze implements AutoCloseable {
    private final ProcessHandle process;
    private final Thread resumer;

    private Freeze(ProcessHandle process, Thread resumer) {
        this.process = process;
        this.resumer = resumer;
    }

    /** Stops {@code process} now and resumes it after {@code duration} (from a background thread). */
    public static Freeze of(ProcessHandle process, Duration duration) throws IOException, InterruptedException {
        signal(process, "STOP");
        Thread resumer = new Thread(() -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                // Resumed early by close().
            }
            resume(process);
        }, "freeze-" + process.pid());
        resumer.setDaemon(true);
        resumer.start();
        return new Freeze(process, resumer);
    }

    /** Waits until the process was resumed. */
    public void awaitResumed() throws InterruptedException {
        resumer.join();
    }

    @Override
    public void close() throws InterruptedException {
        resumer.interrupt();
        resumer.join();
    }

    private static void resume(ProcessHandle process) {
        try {
            signal(process, "CONT");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not resume process " + process.pid(), e);
        }
    }

    private static void signal(ProcessHandle process, String signal) throws IOException, InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
                .redirectErrorStream(true).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || (kill.exitValue() != 0 && process.isAlive())) {
            throw new IOException("kill -" + signal + " " + process.pid() + " failed");
        }
    }
}

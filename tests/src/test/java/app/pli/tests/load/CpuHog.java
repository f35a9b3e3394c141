package app.pli.tests.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps both cores of the machine busy while a scenario runs, as a full build beside it
 * would: {@code stress-ng --cpu 2} when it is installed (CI installs it), else two spinning
 * threads in this JVM. {@link #close()} stops it; idempotent.
 */
public final class CpuHog implements AutoCloseable {
    private static final int CORES = 2;

    private final Process stressNg;
    private final List<Thread> spinners;
    private final AtomicBoolean running = new AtomicBoolean(true);

    private CpuHog(Process stressNg, List<Thread> spinners) {
        this.stressNg = stressNg;
        this.spinners = spinners;
    }

    /** Starts hogging both cores now. */
    public static CpuHog start() {
        try {
            Process process = new ProcessBuilder("stress-ng", "--cpu", String.valueOf(CORES), "--quiet")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return new CpuHog(process, List.of());
        } catch (IOException notInstalled) {
            List<Thread> spinners = new ArrayList<>();
            CpuHog hog = new CpuHog(null, spinners);
            for (int i = 0; i < CORES; i++) {
                Thread spinner = new Thread(hog::spin, "cpu-hog-" + i);
                spinner.setDaemon(true);
                spinner.start();
                spinners.add(spinner);
            }
            return hog;
        }
    }

    /** What keeps the cores busy, for the test's log. */
    public String describe() {
        return stressNg != null ? "stress-ng --cpu " + CORES : CORES + " spinning threads (stress-ng is not installed)";
    }

    private void spin() {
        long x = 0;
        while (running.get()) {
            x += System.nanoTime() % 7;
        }
        if (x == 42) {
            System.out.print(""); // keeps the loop from being optimized away
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (!running.getAndSet(false)) {
            return;
        }
        if (stressNg != null) {
            stressNg.descendants().forEach(ProcessHandle::destroy);
            stressNg.destroy();
            if (!stressNg.waitFor(10, TimeUnit.SECONDS)) {
                stressNg.descendants().forEach(ProcessHandle::destroyForcibly);
                stressNg.destroyForcibly().waitFor();
            }
        }
        for (Thread spinner : spinners) {
            spinner.join();
        }
    }
}

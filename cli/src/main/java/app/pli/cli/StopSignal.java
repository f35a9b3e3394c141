package app.pli.cli;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Waits for Ctrl-C (SIGINT) or SIGTERM (or {@link #release()}), so a long-running command can
 * stop in order and exit 0 instead of being cut off by the JVM's default handler.
 */
public final class StopSignal {
    private final CountDownLatch stop = new CountDownLatch(1);

    private StopSignal() {}

    /** Installs the handlers; from now on INT and TERM release {@link #await()}. */
    public static StopSignal install() {
        StopSignal signal = new StopSignal();
        Signal.handle(new Signal("INT"), s -> signal.stop.countDown());
        Signal.handle(new Signal("TERM"), s -> signal.stop.countDown());
        return signal;
    }

    /** Stops the wait as a signal would, for a reason found inside the process. */
    public void release() {
        stop.countDown();
    }

    /** Blocks until a stop signal arrives. */
    public void await() throws InterruptedException {
        stop.await();
    }
}

package app.pli.cli.intro;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Lets Ctrl-C (SIGINT) or SIGTERM cut short a blocking wait of the thread that installed it:
 * that thread is interrupted, so the wait can end and the command can close the profile in
 * order. Should the wait not end within a grace period, the process exits with
 * {@link #EXIT_CODE} all the same; that is safe because every step of an introduction is
 * persisted before anything is sent. {@link #close()} restores the previous handlers.
 */
final class WaitInterruption implements AutoCloseable {
    /** The shell's convention for a process ended by SIGINT. */
    static final int EXIT_CODE = 130;
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final Thread waiter = Thread.currentThread();
    private final AtomicBoolean happened = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String farewell;
    private final PrintWriter err;
    private SignalHandler previousInt;
    private SignalHandler previousTerm;

    private WaitInterruption(String farewell, PrintWriter err) {
        this.farewell = farewell;
        this.err = err;
    }

    /**
     * Installs the handlers for the calling thread; {@code farewell} is printed on {@code err}
     * if the grace period runs out.
     */
    static WaitInterruption install(String farewell, PrintWriter err) {
        WaitInterruption interruption = new WaitInterruption(farewell, err);
        interruption.previousInt = handle("INT", interruption::onSignal);
        interruption.previousTerm = handle("TERM", interruption::onSignal);
        return interruption;
    }

    /** Installs {@code handler}; null if the JVM keeps the signal (-Xrs): it then ends the process, safe too. */
    private static SignalHandler handle(String signal, SignalHandler handler) {
        try {
            return Signal.handle(new Signal(signal), handler);
        } catch (IllegalArgumentException reservedByTheJvm) {
            return null;
        }
    }

    /** Whether a stop signal arrived. */
    boolean happened() {
        return happened.get();
    }

    private void onSignal(Signal signal) {
        if (!happened.compareAndSet(false, true)) {
            return;
        }
        waiter.interrupt();
        Thread watchdog = new Thread(this::exitIfStillWaiting, "pli-stop-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private void exitIfStillWaiting() {
        try {
            Thread.sleep(GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!closed.get()) {
            err.println(farewell);
            err.flush();
            System.exit(EXIT_CODE);
        }
    }

    @Override
    public void close() {
        closed.set(true);
        if (previousInt != null) {
            Signal.handle(new Signal("INT"), previousInt);
        }
        if (previousTerm != null) {
            Signal.handle(new Signal("TERM"), previousTerm);
        }
        // The interrupt was for the wait alone; the profile must still close in order.
        Thread.interrupted();
    }
}

package app.pli.tests.message;

import java.time.Duration;

/**
 * Waits, with a generous deadline, for something that must happen eventually (a daemon
 * storing a message, a receipt arriving). The deadline only keeps a broken build from
 * hanging; no test asserts how fast anything is.
 */
final class Liveness {
    static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final long PAUSE_MS = 500;

    /** A condition that may run {@code pli} to find out. */
    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }

    private Liveness() {}

    /** Returns once {@code condition} holds; fails naming {@code what} after {@link #GENEROUS}. */
    static void await(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + GENEROUS + ": " + what);
            }
            Thread.sleep(PAUSE_MS);
        }
    }
}

package app.pli.transport.lan.discovery;

import java.lang.System.Logger.Level;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The single daemon thread each announcer or discovery owns: it runs the periodic check and,
 * for discovery, every record handling and listener call, so their state needs no lock.
 */
final class DiscoveryThreads {
    private static final System.Logger LOG = System.getLogger(DiscoveryThreads.class.getName());

    private DiscoveryThreads() {}

    /** A scheduled executor with one daemon thread called {@code name}. */
    static ScheduledExecutorService single(String name) {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Drops queued tasks and waits up to {@code seconds} for the running one to finish. */
    static void stop(ScheduledExecutorService worker, long seconds) throws InterruptedException {
        worker.shutdownNow();
        if (!worker.awaitTermination(seconds, TimeUnit.SECONDS)) {
            LOG.log(Level.WARNING, "a LAN discovery thread did not stop within " + seconds + " s");
        }
    }
}

package app.pli.messenger.file;

import app.pli.core.error.PliException;
import app.pli.messenger.api.FileProgress;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;

/**
 * The daemon's file transfers: one thread that runs {@link FileTransfers#transferPending}
 * whenever {@link #wake() woken} and at least every {@code pause}, so uploads resume and
 * offered files download while the profile is online. Stops with {@link #close()}.
 */
public final class FileWorker implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FileWorker.class.getName());

    private final FileTransfers transfers;
    private final FileProgress progress;
    private final long pauseMillis;
    private final Thread thread;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean closed;

    private FileWorker(FileTransfers transfers, FileProgress progress, Duration pause) {
        this.transfers = Objects.requireNonNull(transfers, "transfers");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.pauseMillis = pause.toMillis();
        this.thread = new Thread(this::loop, "pli-files");
        this.thread.setDaemon(true);
    }

    /** Starts a worker that runs at once and then at least every {@code pause}. */
    public static FileWorker start(FileTransfers transfers, FileProgress progress, Duration pause) {
        FileWorker worker = new FileWorker(transfers, progress, pause);
        worker.thread.start();
        return worker;
    }

    /** Runs a round soon (a message with files may have arrived). */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        while (!closed) {
            try {
                transfers.transferPending(progress);
            } catch (PliException e) {
                LOG.log(Level.WARNING, "file transfers: " + e.getMessage());
            }
            synchronized (signal) {
                long until = System.currentTimeMillis() + pauseMillis;
                while (!woken && !closed && System.currentTimeMillis() < until) {
                    try {
                        signal.wait(Math.max(1, until - System.currentTimeMillis()));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                woken = false;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        wake();
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package app.pli.messenger.online;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells the online loop that the profile's store was written, by this process or any other
 * ({@code pli send}, {@code pli invite}...), without polling: a file-system watch on the
 * store's folder (inotify on Linux), reporting writes to the database file and its WAL and
 * journal. The loop then compares its cheap marks to see what changed. An idle store costs
 * nothing: the watching thread sleeps in the kernel.
 *
 * <p>Where the platform offers no watch, {@link #start} returns empty and the loop falls back
 * to looking at the marks on a timer. {@link #close()} stops the thread; idempotent.
 */
final class StoreWatch implements AutoCloseable {
    private final WatchService service;
    private final Thread thread;

    private StoreWatch(WatchService service, Thread thread) {
        this.service = service;
        this.thread = thread;
    }

    /**
     * Watches the folder of {@code databaseFile}; {@code changed} runs (on the watch thread)
     * after each burst of writes to the database's files. Empty if no watch can be set up.
     */
    static Optional<StoreWatch> start(Path databaseFile, Runnable changed) {
        Objects.requireNonNull(changed, "changed");
        Path file = databaseFile.toAbsolutePath();
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        WatchService service;
        try {
            service = FileSystems.getDefault().newWatchService();
            folder.register(service, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        Thread thread = new Thread(() -> watch(service, name, changed), "pli-store-watch");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(new StoreWatch(service, thread));
    }

    private static void watch(WatchService service, String name, Runnable changed) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    // An overflow lost events: any of them may have been ours.
                    ours |= event.kind() == StandardWatchEventKinds.OVERFLOW
                            || (event.context() instanceof Path path && path.toString().startsWith(name));
                }
                if (ours) {
                    changed.run();
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the loop is going away.
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            thread.interrupt();
        }
    }
}

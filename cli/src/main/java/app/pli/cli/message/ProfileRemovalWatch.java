package app.pli.cli.message;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * Tells a long-running command that its profile's store was deleted (by {@code pli wipe}, or
 * by hand), so that it stops instead of living on over files that are gone. Waits on the
 * kernel's file notifications (inotify on Linux), never polls: an idle daemon stays idle.
 * Closing it ends the watch.
 */
final class ProfileRemovalWatch implements AutoCloseable {
    private final WatchService watcher;
    private final Thread thread;

    private ProfileRemovalWatch(WatchService watcher, Thread thread) {
        this.watcher = watcher;
        this.thread = thread;
    }

    /** Watches {@code home} and runs {@code removed} once when {@code database} (a name in it) or home itself goes. */
    static ProfileRemovalWatch start(Path home, String database, Runnable removed) throws IOException {
        WatchService watcher = FileSystems.getDefault().newWatchService();
        try {
            home.register(watcher, StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        Thread thread = new Thread(() -> awaitRemoval(watcher, database, removed), "pli-profile-watch");
        thread.setDaemon(true);
        thread.start();
        return new ProfileRemovalWatch(watcher, thread);
    }

    private static void awaitRemoval(WatchService watcher, String database, Runnable removed) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && name.toString().equals(database)) {
                        removed.run();
                        return;
                    }
                }
                if (!key.reset()) { // the directory itself is gone
                    removed.run();
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the command is ending anyway
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }
}

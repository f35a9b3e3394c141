package app.pli.messenger.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store watch wakes the loop for writes to the database's files, and for nothing else. */
class StoreWatchTest {
    @TempDir
    Path dir;

    @Test
    void writesToTheDatabaseAndItsWalWakeTheLoopAndOtherFilesDoNot() throws Exception {
        Path database = dir.resolve("pli.db");
        Files.write(database, new byte[] {1});
        LinkedBlockingQueue<String> wakes = new LinkedBlockingQueue<>();
        try (StoreWatch watch = StoreWatch.start(database, () -> wakes.add("changed")).orElseThrow()) {
            Files.write(dir.resolve("storage.key"), new byte[] {2});
            Files.write(dir.resolve("notes.txt"), new byte[] {3});
            assertNull(wakes.poll(1, TimeUnit.SECONDS), "other files of the profile do not wake it");

            Files.write(dir.resolve("pli.db-wal"), new byte[] {4});
            assertEquals("changed", wakes.poll(30, TimeUnit.SECONDS), "a write to the WAL wakes it");
            wakes.clear();
            Files.write(database, new byte[] {5});
            assertEquals("changed", wakes.poll(30, TimeUnit.SECONDS), "a write to the database wakes it");
        }
        wakes.clear();
        Files.write(database, new byte[] {6});
        assertNull(wakes.poll(1, TimeUnit.SECONDS), "a closed watch wakes nobody");
    }

    @Test
    void aFolderThatCannotBeWatchedGivesNoWatch() {
        assertTrue(StoreWatch.start(dir.resolve("missing/pli.db"), () -> { }).isEmpty());
    }
}

package app.pli.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.db.DatabaseException.Reason;
import app.pli.core.error.PliException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The write lock held by another process: a clear BUSY error after the busy timeout. */
@Timeout(120)
class DatabaseLockTest {
    private static final DatabaseOptions SHORT_WAIT =
            DatabaseOptions.defaults().withBusyTimeout(Duration.ofMillis(300));

    @TempDir
    Path dir;

    @Test
    void writeIsBusyWhileAnotherProcessHoldsTheLockAndWorksAfterwards()
            throws PliException, IOException, InterruptedException {
        Path file = dir.resolve("pli.db");
        try (Database db = Database.open(file, List.of(CounterSchema.OWNER), SHORT_WAIT)) {
            try (ChildJvm holder = ChildJvm.start(LockHolderMain.class, dir.resolve("holder.err"), file.toString())) {
                holder.awaitLine("LOCKED");

                DatabaseException e = assertThrows(DatabaseException.class,
                        () -> CounterSchema.increment(db, "parent", 0));

                assertBusyMessage(e, file);
                assertEquals(0, CounterSchema.value(db), "reads go on beside the other process's lock");
                holder.closeInput();
                assertEquals(0, holder.waitForExit(), holder.errors());
            }
            CounterSchema.increment(db, "parent", 0);
            assertEquals(1, CounterSchema.value(db));
        }
    }

    @Test
    void openThatMustMigrateIsBusyWhileAnotherProcessHoldsTheLock()
            throws IOException, InterruptedException {
        Path file = dir.resolve("pli.db");
        try (ChildJvm holder = ChildJvm.start(LockHolderMain.class, dir.resolve("holder.err"), file.toString())) {
            holder.awaitLine("LOCKED");

            DatabaseException e = assertThrows(DatabaseException.class,
                    () -> Database.open(file, List.of(CounterSchema.OWNER), SHORT_WAIT));

            assertBusyMessage(e, file);
        }
    }

    @Test
    void openOfAnUpToDateFileSucceedsWhileAnotherProcessHoldsTheLock()
            throws PliException, IOException {
        Path file = dir.resolve("pli.db");
        Database.open(file, List.of(CounterSchema.OWNER)).close();
        try (ChildJvm holder = ChildJvm.start(LockHolderMain.class, dir.resolve("holder.err"), file.toString())) {
            holder.awaitLine("LOCKED");

            try (Database db = Database.open(file, List.of(CounterSchema.OWNER), SHORT_WAIT)) {
                assertEquals(0, CounterSchema.value(db));
            }
        }
    }

    private static void assertBusyMessage(DatabaseException e, Path file) {
        assertEquals(Reason.BUSY, e.reason());
        assertTrue(e.getMessage().startsWith("database " + file + " is busy: another Pli process holds it"),
                e.getMessage());
        assertTrue(e.getMessage().contains("300 ms"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}

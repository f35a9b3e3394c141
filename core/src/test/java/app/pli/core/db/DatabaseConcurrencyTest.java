package app.pli.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.pli.core.error.PliException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent writers, in threads and in processes, all commit and lose no update. */
@Timeout(180)
class DatabaseConcurrencyTest {
    private static final int WRITES = 100;
    private static final DatabaseOptions PATIENT =
            DatabaseOptions.defaults().withBusyTimeout(Duration.ofSeconds(60));

    @TempDir
    Path dir;

    @Test
    void twoThreadsSharingOneDatabaseAllCommit() throws Exception {
        try (Database db = Database.open(dir.resolve("pli.db"), List.of(CounterSchema.OWNER), PATIENT)) {
            runInThreads(List.of(db, db));
            assertEquals(2 * WRITES, CounterSchema.value(db));
            assertEquals(2 * WRITES, CounterSchema.logRows(db));
        }
    }

    @Test
    void twoDatabasesOnTheSameFileAllCommit() throws Exception {
        Path file = dir.resolve("pli.db");
        try (Database first = Database.open(file, List.of(CounterSchema.OWNER), PATIENT);
                Database second = Database.open(file, List.of(CounterSchema.OWNER), PATIENT)) {
            runInThreads(List.of(first, second));
            assertEquals(2 * WRITES, CounterSchema.value(first));
            assertEquals(2 * WRITES, CounterSchema.logRows(second));
        }
    }

    @Test
    void twoProcessesAllCommit() throws PliException, IOException, InterruptedException {
        Path file = dir.resolve("pli.db");
        try (ChildJvm child = ChildJvm.start(CounterWriterMain.class, dir.resolve("child.err"),
                file.toString(), "child", Integer.toString(WRITES))) {
            child.awaitLine("READY");
            try (Database db = Database.open(file, List.of(CounterSchema.OWNER), PATIENT)) {
                for (int i = 0; i < WRITES; i++) {
                    CounterSchema.increment(db, "parent", i);
                }
                child.awaitLine("DONE");
                assertEquals(0, child.waitForExit(), child.errors());
                assertEquals(2 * WRITES, CounterSchema.value(db));
                assertEquals(2 * WRITES, CounterSchema.logRows(db));
            }
        }
    }

    @Test
    void simultaneousOpensApplyEachMigrationOnce() throws Exception {
        Path file = dir.resolve("pli.db");
        // Neither step may run twice: a second CREATE TABLE or INSERT of the same key fails.
        SchemaOwner once = new TestOwner("once", List.of(
                new Migration(1, "create once_log", c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE TABLE once_log (step INTEGER PRIMARY KEY)");
                        s.execute("INSERT INTO once_log VALUES (1)");
                    }
                }),
                new Migration(2, "log step 2", c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("INSERT INTO once_log VALUES (2)");
                    }
                })));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Database>> opened = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                opened.add(pool.submit(() -> {
                    start.await();
                    return Database.open(file, List.of(once), PATIENT);
                }));
            }
            for (Future<Database> future : opened) {
                try (Database db = future.get()) {
                    assertEquals(Map.of("once", 2), SchemaMigrationTest.versions(db));
                    assertEquals(2L, (long) db.read(c -> {
                        try (Statement s = c.createStatement();
                                ResultSet rs = s.executeQuery("SELECT count(*) FROM once_log")) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    }));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runInThreads(List<Database> databases) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(databases.size());
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < databases.size(); t++) {
                Database db = databases.get(t);
                String writer = "thread-" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < WRITES; i++) {
                        CounterSchema.increment(db, writer, i);
                    }
                    return null;
                }));
            }
            for (Future<Void> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

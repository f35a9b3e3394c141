package app.pli.core.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.db.DatabaseException.Reason;
import app.pli.core.error.PliException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationTest {
    @TempDir
    Path dir;

    @Test
    void appliesMigrationsInOrderAndOnlyOnceAcrossReopens() throws PliException {
        Path file = dir.resolve("pli.db");
        AtomicInteger runs = new AtomicInteger();
        List<Migration> three = List.of(
                new Migration(1, "create log", c -> {
                    runs.incrementAndGet();
                    execute(c, "CREATE TABLE step_log (step INTEGER NOT NULL)");
                    execute(c, "INSERT INTO step_log VALUES (1)");
                }),
                logging(2, runs),
                logging(3, runs));
        for (int open = 0; open < 3; open++) {
            Database.open(file, List.of(new TestOwner("alpha", three))).close();
        }
        assertEquals(3, runs.get());

        List<Migration> four = new ArrayList<>(three);
        four.add(logging(4, runs));
        try (Database db = Database.open(file, List.of(new TestOwner("alpha", four)))) {
            assertEquals(List.of(1, 2, 3, 4), steps(db));
            assertEquals(Map.of("alpha", 4), versions(db));
        }
        assertEquals(4, runs.get());
    }

    @Test
    void twoOwnersKeepSeparateVersions() throws PliException {
        Path file = dir.resolve("pli.db");
        SchemaOwner alpha = new TestOwner("alpha", List.of(table(1, "a1"), table(2, "a2")));
        SchemaOwner beta = new TestOwner("beta", List.of(table(1, "b1")));
        try (Database db = Database.open(file, List.of(alpha, beta))) {
            assertEquals(Map.of("alpha", 2, "beta", 1), versions(db));
        }
        SchemaOwner alphaNext = new TestOwner("alpha", List.of(table(1, "a1"), table(2, "a2"), table(3, "a3")));
        try (Database db = Database.open(file, List.of(alphaNext))) {
            assertEquals(Map.of("alpha", 3, "beta", 1), versions(db));
        }
    }

    @Test
    void failingMigrationRollsBackAndKeepsTheVersionThenResumes() throws PliException {
        Path file = dir.resolve("pli.db");
        Migration broken = new Migration(2, "create b then fail", c -> {
            execute(c, "CREATE TABLE b (x INTEGER)");
            execute(c, "CREATE TABLE a (x INTEGER)");
        });
        DatabaseException e = assertThrows(DatabaseException.class, () ->
                Database.open(file, List.of(new TestOwner("alpha", List.of(table(1, "a"), broken)))));
        assertEquals(Reason.MIGRATION_FAILED, e.reason());
        assertTrue(e.getMessage().contains("alpha migration 2 (create b then fail) failed"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());

        try (Database db = Database.open(file, List.of(new TestOwner("alpha", List.of(table(1, "a")))))) {
            assertEquals(Map.of("alpha", 1), versions(db));
            assertFalse(tableExists(db, "b"), "the failed migration's table must be rolled back");
        }
        try (Database db = Database.open(file, List.of(new TestOwner("alpha", List.of(table(1, "a"), table(2, "b")))))) {
            assertEquals(Map.of("alpha", 2), versions(db));
            assertTrue(tableExists(db, "b"));
        }
    }

    @Test
    void newerSchemaIsRefusedAndTheFileKeepsItsVersionAndBytes() throws PliException, IOException {
        Path file = dir.resolve("pli.db");
        List<Migration> five = List.of(table(1, "r1"), table(2, "r2"), table(3, "r3"), table(4, "r4"), table(5, "r5"));
        Database.open(file, List.of(new TestOwner("relay", five))).close();
        byte[] before = Files.readAllBytes(file);

        DatabaseException e = assertThrows(DatabaseException.class, () ->
                Database.open(file, List.of(new TestOwner("relay", five.subList(0, 3)))));
        assertEquals(Reason.NEWER_SCHEMA, e.reason());
        assertEquals(file + " was written by a newer Pli (relay schema 5, this build knows 3); upgrade Pli",
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));

        try (Database db = Database.open(file, List.of(new TestOwner("relay", five)))) {
            assertEquals(Map.of("relay", 5), versions(db));
        }
    }

    @Test
    void newerSchemaOfOneOwnerStopsTheOthersMigrations() throws PliException {
        Path file = dir.resolve("pli.db");
        Database.open(file, List.of(new TestOwner("relay", List.of(table(1, "r1"), table(2, "r2"))))).close();
        SchemaOwner identity = new TestOwner("identity", List.of(table(1, "i1")));
        SchemaOwner oldRelay = new TestOwner("relay", List.of(table(1, "r1")));
        DatabaseException e = assertThrows(DatabaseException.class, () ->
                Database.open(file, List.of(identity, oldRelay)));
        assertEquals(Reason.NEWER_SCHEMA, e.reason());
        try (Database db = Database.open(file, List.of())) {
            assertEquals(Map.of("relay", 2), versions(db));
            assertFalse(tableExists(db, "i1"));
        }
    }

    @Test
    void ownersThatBreakTheRulesAreRejected() {
        Path file = dir.resolve("pli.db");
        SchemaOwner one = new TestOwner("alpha", List.of(table(1, "a")));
        assertThrows(IllegalArgumentException.class, () -> Database.open(file, List.of(one, one)));
        assertThrows(IllegalArgumentException.class, () ->
                Database.open(file, List.of(new TestOwner("alpha", List.of(table(2, "a"))))));
        assertThrows(IllegalArgumentException.class, () ->
                Database.open(file, List.of(new TestOwner("Alpha Module", List.of()))));
        assertThrows(IllegalArgumentException.class, () -> table(0, "zero"));
        assertThrows(IllegalArgumentException.class, () -> new Migration(1, "two\nlines", c -> { }));
        assertFalse(Files.exists(file), "a rejected owner list must not create the file");
    }

    private static Migration table(int version, String name) {
        return new Migration(version, "create " + name, c -> execute(c, "CREATE TABLE " + name + " (x INTEGER)"));
    }

    private static Migration logging(int step, AtomicInteger runs) {
        return new Migration(step, "log step " + step, c -> {
            runs.incrementAndGet();
            execute(c, "INSERT INTO step_log VALUES (" + step + ")");
        });
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<Integer> steps(Database db) throws PliException {
        return db.read(c -> {
            List<Integer> steps = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT step FROM step_log ORDER BY rowid")) {
                while (rs.next()) {
                    steps.add(rs.getInt(1));
                }
            }
            return steps;
        });
    }

    static Map<String, Integer> versions(Database db) throws PliException {
        return db.read(c -> new TreeMap<>(SchemaVersionTable.readAll(c)));
    }

    private static boolean tableExists(Database db, String name) throws PliException {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}

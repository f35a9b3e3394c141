package app.pli.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.db.DatabaseException.Reason;
import app.pli.core.error.PliException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTransactionTest {
    private static final SchemaOwner NOTES = new TestOwner("notes", List.of(
            new Migration(1, "create parent and note", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
                    s.execute("CREATE TABLE note (id INTEGER PRIMARY KEY,"
                            + " parent INTEGER NOT NULL REFERENCES parent (id), body TEXT NOT NULL)");
                    s.execute("INSERT INTO parent (id) VALUES (1)");
                }
            })));

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() throws DatabaseException {
        db = Database.open(dir.resolve("pli.db"), List.of(NOTES));
    }

    @AfterEach
    void close() throws DatabaseException {
        db.close();
    }

    @Test
    void writeCommitsAndReturnsTheWorksValue() throws PliException {
        int inserted = db.write(c -> insertNote(c, 1, "hello"));
        assertEquals(1, inserted);
        assertEquals(1, noteCount());
    }

    @Test
    void writeRollsBackWhenSqlFails() throws PliException {
        DatabaseException e = assertThrows(DatabaseException.class, () -> db.write(c -> {
            insertNote(c, 1, "kept only if committed");
            return insertNote(c, 1, "same id again");
        }));
        assertEquals(Reason.CONSTRAINT, e.reason());
        assertEquals(0, noteCount());
    }

    @Test
    void pliExceptionPassesThroughUnchangedAndRollsBack() throws PliException {
        PliException own = new PliException("contact not found");
        PliException thrown = assertThrows(PliException.class, () -> db.write(c -> {
            insertNote(c, 1, "rolled back");
            throw own;
        }));
        assertSame(own, thrown);
        assertEquals(0, noteCount());
    }

    @Test
    void runtimeExceptionPassesThroughUnchangedAndRollsBack() throws PliException {
        IllegalStateException own = new IllegalStateException("bug in the work");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.write(c -> {
            insertNote(c, 1, "rolled back");
            throw own;
        }));
        assertSame(own, thrown);
        assertEquals(0, noteCount());
        assertEquals(1, (int) db.write(c -> insertNote(c, 2, "the writer still works")));
    }

    @Test
    void walModeAndForeignKeysAreOnForWritersAndReaders() throws PliException {
        assertEquals("wal", db.write(c -> pragma(c, "journal_mode")));
        assertEquals("1", db.write(c -> pragma(c, "foreign_keys")));
        assertEquals("1", db.read(c -> pragma(c, "foreign_keys")));
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> db.write(c -> insertNote(c, 1, 99, "no such parent")));
        assertEquals(Reason.CONSTRAINT, e.reason());
    }

    @Test
    void readSeesCommittedDataAndCannotWrite() throws PliException {
        db.write(c -> insertNote(c, 1, "committed"));
        assertEquals(1, noteCount());
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> db.read(c -> insertNote(c, 1, "from a reader")));
        assertEquals(Reason.READ_ONLY, e.reason());
        assertEquals(1, noteCount());
    }

    @Test
    void callingTheDatabaseFromInsideAWorkIsRejected() throws PliException {
        assertThrows(IllegalStateException.class, () -> db.write(c -> db.write(inner -> 1)));
        assertThrows(IllegalStateException.class, () -> db.write(c -> db.read(inner -> 1)));
        assertThrows(IllegalStateException.class, () -> db.read(c -> db.read(inner -> 1)));
        assertEquals(0, noteCount(), "the database stays usable after a rejected nested call");
    }

    @Test
    void closedDatabaseRejectsWorkAndClosesTwiceQuietly() throws PliException {
        db.close();
        db.close();
        assertThrows(IllegalStateException.class, () -> db.write(c -> 1));
        assertThrows(IllegalStateException.class, () -> db.read(c -> 1));
    }

    private static int insertNote(Connection c, int id, String body) throws SQLException {
        return insertNote(c, id, 1, body);
    }

    private static int insertNote(Connection c, int id, int parent, String body) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO note (id, parent, body) VALUES (?, ?, ?)")) {
            s.setInt(1, id);
            s.setInt(2, parent);
            s.setString(3, body);
            return s.executeUpdate();
        }
    }

    private int noteCount() throws PliException {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM note")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}

package app.pli.core.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.db.DatabaseException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseOpenErrorTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotADatabaseIsReportedAndKeepsItsBytes() throws IOException {
        Path file = dir.resolve("notes.txt");
        byte[] text = "These are my notes, not a database.\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);

        DatabaseException e = assertThrows(DatabaseException.class,
                () -> Database.open(file, List.of(CounterSchema.OWNER)));

        assertEquals(Reason.NOT_A_DATABASE, e.reason());
        assertEquals(file + " is not a Pli database (or is corrupted)", e.getMessage());
        assertArrayEquals(text, Files.readAllBytes(file));
        assertFalse(Files.exists(Path.of(file + "-wal")), "no WAL file may be left beside it");
    }

    @Test
    void aSqliteFileThatPliDidNotCreateIsRefusedUntouched() throws IOException, SQLException {
        Path file = dir.resolve("other-app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name TEXT)");
        }
        byte[] before = Files.readAllBytes(file);

        DatabaseException e = assertThrows(DatabaseException.class,
                () -> Database.open(file, List.of(CounterSchema.OWNER)));

        assertEquals(Reason.NOT_A_DATABASE, e.reason());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aMissingFolderIsReportedAndNotCreated() {
        Path folder = dir.resolve("no-such-home");
        Path file = folder.resolve("pli.db");

        DatabaseException e = assertThrows(DatabaseException.class,
                () -> Database.open(file, List.of(CounterSchema.OWNER)));

        assertEquals(Reason.CANNOT_OPEN, e.reason());
        assertTrue(e.getMessage().contains("folder " + folder + " does not exist"), e.getMessage());
        assertFalse(Files.exists(folder));
    }

    @Test
    void aFolderInPlaceOfTheFileIsReported() throws IOException {
        Path file = Files.createDirectory(dir.resolve("pli.db"));

        DatabaseException e = assertThrows(DatabaseException.class,
                () -> Database.open(file, List.of(CounterSchema.OWNER)));

        assertEquals(Reason.CANNOT_OPEN, e.reason());
        assertFalse(e.getMessage().contains("\n"));
    }
}

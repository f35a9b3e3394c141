package app.pli.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.error.PliException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options a store is opened with reach SQLite, and out-of-range ones are refused. */
class DatabaseOptionsTest {
    @TempDir
    Path dir;

    @Test
    void theWriterCacheIsSetInKibibytesOnlyWhenAsked() throws PliException {
        try (Database big = Database.open(dir.resolve("big.db"), List.of(),
                DatabaseOptions.defaults().withWriterCacheMib(64))) {
            assertEquals(-64 * 1024, cacheSize(big));
        }
        try (Database plain = Database.open(dir.resolve("plain.db"), List.of())) {
            assertEquals(-2000, cacheSize(plain), "SQLite's default (about 2 MiB)");
        }
    }

    @Test
    void outOfRangeOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseOptions.defaults().withWriterCacheMib(-1));
        assertThrows(IllegalArgumentException.class, () -> DatabaseOptions.defaults().withWriterCacheMib(4097));
        assertThrows(IllegalArgumentException.class, () -> DatabaseOptions.defaults().withReaderConnections(0));
        assertThrows(IllegalArgumentException.class, () -> DatabaseOptions.defaults().withBusyTimeout(Duration.ZERO));
    }

    private static int cacheSize(Database db) throws PliException {
        return db.write(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}

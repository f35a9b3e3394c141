package app.pli.core.db;

import app.pli.core.error.PliException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A one-table schema for concurrency tests: a counter bumped by read-modify-write, plus a log
 * row per bump. Lost updates would leave the counter below the number of log rows.
 */
final class CounterSchema {
    static final SchemaOwner OWNER = new TestOwner("counter", List.of(
            new Migration(1, "create counter and log", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)");
                    s.execute("INSERT INTO counter (id, value) VALUES (1, 0)");
                    s.execute("CREATE TABLE counter_log (writer TEXT NOT NULL, seq INTEGER NOT NULL,"
                            + " PRIMARY KEY (writer, seq))");
                }
            })));

    private CounterSchema() {}

    /** Adds one to the counter, reading then writing it, and logs the bump. */
    static void increment(Database db, String writer, int seq) throws PliException {
        db.write(c -> {
            long value = value(c);
            try (PreparedStatement s = c.prepareStatement("UPDATE counter SET value = ? WHERE id = 1")) {
                s.setLong(1, value + 1);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO counter_log (writer, seq) VALUES (?, ?)")) {
                s.setString(1, writer);
                s.setInt(2, seq);
                s.executeUpdate();
            }
            return null;
        });
    }

    static long value(Database db) throws PliException {
        return db.read(CounterSchema::value);
    }

    static long logRows(Database db) throws PliException {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM counter_log")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static long value(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT value FROM counter WHERE id = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

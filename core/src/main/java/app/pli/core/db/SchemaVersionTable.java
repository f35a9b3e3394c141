package app.pli.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code schema_version(module, version)} table: one row per module, holding the number
 * of the module's last applied migration. A module without a row is at version 0.
 */
final class SchemaVersionTable {
    static final String NAME = "schema_version";

    private SchemaVersionTable() {}

    static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            s.setString(1, NAME);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Whether the file holds any table of its own, that is, whether it is more than empty. */
    static boolean hasAnyTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master"
                        + " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' LIMIT 1")) {
            return rs.next();
        }
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + NAME
                    + " (module TEXT PRIMARY KEY, version INTEGER NOT NULL)");
        }
    }

    static Map<String, Integer> readAll(Connection c) throws SQLException {
        Map<String, Integer> versions = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT module, version FROM " + NAME)) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getInt(2));
            }
        }
        return versions;
    }

    static int read(Connection c, String module) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM " + NAME + " WHERE module = ?")) {
            s.setString(1, module);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    static void write(Connection c, String module, int version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + NAME + " (module, version)"
                + " VALUES (?, ?) ON CONFLICT (module) DO UPDATE SET version = excluded.version")) {
            s.setString(1, module);
            s.setInt(2, version);
            s.executeUpdate();
        }
    }
}

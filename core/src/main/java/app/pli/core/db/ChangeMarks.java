package app.pli.core.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Change marks: a short string read from sealed tables without decrypting anything, that
 * changes whenever a row is added, removed or re-sealed (every write seals a record under a
 * fresh nonce, so its first bytes change), in this process or another. For loops that poll.
 *
 * <p>Table and column names are the caller's constants, never user input.
 */
public final class ChangeMarks {
    private ChangeMarks() {}

    /**
     * The mark of {@code counted} tables (their row counts) and {@code sealed} tables (each
     * row's {@code id} and the first 8 bytes of its {@code record} column).
     */
    public static String read(Connection c, List<String> counted, List<String> sealed) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ''");
        for (String table : counted) {
            sql.append(" || ':' || (SELECT COUNT(*) FROM ").append(table).append(')');
        }
        for (String table : sealed) {
            sql.append(" || ':' || COALESCE((SELECT group_concat(id || '.' || hex(substr(record, 1, 8))) FROM ")
                    .append(table).append("), '')");
        }
        try (Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql.toString())) {
            row.next();
            return row.getString(1);
        }
    }
}

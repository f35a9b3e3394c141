package app.pli.identity.testing;

import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.core.testing.StoreBytes;
import app.pli.identity.IdentitySchema;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Opens identity stores for tests and looks at them from outside: raw file bytes, table dumps. */
public final class StoreFiles {
    public static final String FILE_NAME = "pli.db";

    private StoreFiles() {}

    /** The store in {@code folder}, with every identity table. */
    public static Database open(Path folder) throws PliException {
        return Database.open(folder.resolve(FILE_NAME), IdentitySchema.owners());
    }

    /** The raw bytes of the database file and of its write-ahead log (when present), concatenated. */
    public static byte[] rawBytes(Path folder) throws IOException {
        return StoreBytes.rawBytes(folder, FILE_NAME);
    }

    /** Whether {@code needle} occurs in {@code haystack}. */
    public static boolean contains(byte[] haystack, byte[] needle) {
        return StoreBytes.contains(haystack, needle);
    }

    /** Every row of every table, as hex, in a stable order: equal dumps mean nothing was written. */
    public static Map<String, List<String>> dump(Database database) throws PliException {
        return database.read(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, List<String>> dump = new LinkedHashMap<>();
            for (String table : tables) {
                dump.put(table, rows(c, table));
            }
            return dump;
        });
    }

    private static List<String> rows(Connection c, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM \"" + table + "\" ORDER BY 1");
                ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    byte[] value = rs.getBytes(i);
                    row.append(value == null ? "null" : HexFormat.of().formatHex(value)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}

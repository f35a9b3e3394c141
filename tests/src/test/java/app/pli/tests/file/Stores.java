package app.pli.tests.file;

import app.pli.tests.message.RelayServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * Read-only looks into SQLite stores while their processes may run (both use WAL): the
 * relay's blocks per mailbox, and a profile's transfer progress as it was last persisted
 * (what {@code pli files} would show).
 */
final class Stores {
    /** One transfer row of a profile: its padded block count and how many are done. */
    record Transfer(long blocks, long done) {
        boolean midway() {
            return done > 0 && done < blocks;
        }
    }

    private Stores() {}

    /** Blocks held in each mailbox of the relay, every mailbox listed (0 for an empty one). */
    static Map<Long, Integer> blocksPerMailbox(RelayServer relay) throws SQLException {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        try (Connection c = open(relay.store()); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT m.id, COUNT(b.seq) FROM relay_mailbox m"
                        + " LEFT JOIN relay_block b ON b.mailbox = m.id GROUP BY m.id ORDER BY m.id")) {
            while (rows.next()) {
                counts.put(rows.getLong(1), rows.getInt(2));
            }
        }
        return counts;
    }

    /** Blocks of every mailbox that is not in {@code before} (mailboxes created since then). */
    static Map<Long, Integer> newMailboxes(Map<Long, Integer> before, Map<Long, Integer> after) {
        Map<Long, Integer> added = new LinkedHashMap<>(after);
        added.keySet().removeAll(before.keySet());
        return added;
    }

    /** The only transfer row of {@code profile} in the direction given, if there is one row. */
    static Optional<Transfer> onlyTransfer(Profile profile, boolean outgoing) throws SQLException {
        if (!Files.exists(profile.store())) {
            return Optional.empty();
        }
        try (Connection c = open(profile.store()); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT blocks, done_count FROM file_transfer WHERE outgoing = "
                        + (outgoing ? 1 : 0))) {
            Optional<Transfer> found = Optional.empty();
            while (rows.next()) {
                if (found.isPresent()) {
                    throw new AssertionError("more than one " + (outgoing ? "outgoing" : "incoming")
                            + " transfer in " + profile);
                }
                found = Optional.of(new Transfer(rows.getLong(1), rows.getLong(2)));
            }
            return found;
        }
    }

    private static Connection open(Path db) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + db);
    }
}

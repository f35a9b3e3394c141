package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.transport.relay.server.RelayServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a relay learns from a group: nothing a 1:1 conversation would not show it. With the
 * group set up and quiet, a text to it adds to the relay exactly what one 1:1 text to each
 * member adds: one 4096-byte block in each member's existing pairwise inbox, no new mailbox,
 * and nowhere in the relay's files the group's id, its name or the text.
 */
class GroupRelayBlindnessTest {
    private static final String GROUP = "Crisis cell";

    @TempDir
    Path dir;

    private IntroducedTrio trio;

    @BeforeEach
    void meet() throws Exception {
        trio = IntroducedTrio.start(dir);
    }

    @AfterEach
    void stop() throws InterruptedException {
        trio.close();
    }

    @Test
    void aGroupTextLooksLikeOneDirectTextPerMember() throws Exception {
        PliProfile alicia = trio.alicia;
        String id = alicia.json("group", "create", GROUP, "--json").path("id").asText();
        alicia.json("group", "add", GROUP, "Bertrand", "Carolina", "--json");
        trio.bertrand.sync();
        trio.carolina.sync();
        trio.bertrand.json("group", "accept", GROUP, "--json");
        trio.carolina.json("group", "accept", GROUP, "--json");
        quiet();

        Map<Long, Integer> before = blocksPerMailbox();
        alicia.send("Bertrand", "a direct text");
        alicia.send("Carolina", "another direct text");
        Map<Long, Integer> direct = added(before, blocksPerMailbox());
        quiet();

        before = blocksPerMailbox();
        JsonNode sent = alicia.json("send", "--group", GROUP, "the group's secret plan", "--json");
        assertEquals("sent", sent.path("status").asText(), sent::toString);
        Map<Long, Integer> grouped = added(before, blocksPerMailbox());

        assertEquals(direct, grouped, "the same inboxes, one block each, as a direct text to each member");
        assertEquals(Map.of(4096, blockCount()), blockSizes(), "every stored block has the one fixed size");
        List<Path> leaks = new ArrayList<>();
        PlaintextScan scan = PlaintextScan.of(trio.relay.data());
        for (String secret : List.of(GROUP, "the group's secret plan", id, id.substring(0, 8))) {
            leaks.addAll(scan.filesHolding(secret));
        }
        leaks.addAll(scan.filesHoldingBytes(HexFormat.of().parseHex(id)));
        assertTrue(leaks.isEmpty(), () -> "the relay's files hold group data: " + leaks);
    }

    /** Syncs until every side has fetched and acknowledged what waits for it. */
    private void quiet() throws Exception {
        for (int round = 0; round < 3; round++) {
            for (PliProfile profile : List.of(trio.alicia, trio.bertrand, trio.carolina)) {
                profile.sync();
            }
        }
    }

    private static Map<Long, Integer> added(Map<Long, Integer> before, Map<Long, Integer> after) {
        Map<Long, Integer> added = new LinkedHashMap<>();
        after.forEach((mailbox, count) -> {
            int more = count - before.getOrDefault(mailbox, 0);
            if (more != 0) {
                added.put(mailbox, more);
            }
        });
        assertEquals(before.keySet().stream().filter(m -> !after.containsKey(m)).toList(), List.of(),
                "no mailbox went away");
        return added;
    }

    /** Blocks waiting in each mailbox, every mailbox listed (0 for an empty one). */
    private Map<Long, Integer> blocksPerMailbox() throws Exception {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        query("SELECT m.id, COUNT(b.seq) FROM relay_mailbox m LEFT JOIN relay_block b ON b.mailbox = m.id"
                + " GROUP BY m.id ORDER BY m.id", row -> counts.put(row.getLong(1), row.getInt(2)));
        return counts;
    }

    private int blockCount() throws Exception {
        int[] count = new int[1];
        query("SELECT COUNT(*) FROM relay_block", row -> count[0] = row.getInt(1));
        return count[0];
    }

    private Map<Integer, Integer> blockSizes() throws Exception {
        Map<Integer, Integer> sizes = new LinkedHashMap<>();
        query("SELECT length(data), COUNT(*) FROM relay_block GROUP BY length(data)",
                row -> sizes.put(row.getInt(1), row.getInt(2)));
        return sizes;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws Exception;
    }

    private void query(String sql, RowReader reader) throws Exception {
        Path store = trio.relay.data().resolve(RelayServer.STORE_FILE);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
                Statement statement = c.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }
}

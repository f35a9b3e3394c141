package app.pli.messenger.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.core.testing.StoreBytes;
import app.pli.messenger.testing.TestPair;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Removing a contact erases the conversation from the disk, not only from the listings: the
 * sealed rows of its messages appear neither in the store's file nor in its write-ahead log.
 */
class SecureDeletionTest {
    @TempDir
    Path dir;

    private TestPair pair;

    @BeforeEach
    void introduce() throws PliException {
        pair = TestPair.introduced(dir);
    }

    @AfterEach
    void stop() throws PliException {
        pair.close();
    }

    @Test
    void aRemovedContactsMessagesLeaveNoBytesInTheStoreOrItsLog() throws Exception {
        for (int i = 0; i < 20; i++) {
            pair.alice.send(TestPair.BOB, "the minister's note " + i + " " + "x".repeat(200));
        }
        pair.bob.sync();
        assertEquals(20, pair.bob.messages(TestPair.ALICE, 100).size());
        List<byte[]> sealed = column(pair.bobHome, "SELECT content FROM message");
        assertEquals(20, sealed.size());
        byte[] before = StoreBytes.rawBytes(pair.bobHome, "pli.db");
        assertTrue(sealed.stream().anyMatch(row -> StoreBytes.contains(before, row)),
                "the sealed rows are in the files before the removal");

        pair.bob.removeContact(TestPair.ALICE);

        assertTrue(column(pair.bobHome, "SELECT content FROM message").isEmpty());
        byte[] files = StoreBytes.rawBytes(pair.bobHome, "pli.db");
        for (byte[] row : sealed) {
            assertFalse(StoreBytes.contains(files, row), "a removed message's sealed row is still on disk");
        }
    }

    private static List<byte[]> column(Path home, String query) throws Exception {
        List<byte[]> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("pli.db"));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                values.add(r.getBytes(1));
            }
        }
        return values;
    }
}

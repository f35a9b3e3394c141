package app.pli.tests.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.cli.PliProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relay started with {@code --max-storage 1MiB} (256 blocks) refuses a 2 MiB file (640
 * padded blocks) once it is full: the sender is told in one line that the relay's storage is
 * full, the upload is given up (failed, its mailboxes deleted, so the relay's room comes
 * back), the recipient, who got the message as soon as the mailboxes existed, sees the file
 * fail rather than wait for ever, and the relay keeps running and serving.
 */
class RelayStorageCapTest {
    @TempDir
    Path dir;

    private Peers peers;

    @BeforeEach
    void introduce() throws Exception {
        peers = Peers.start(dir, List.of("--max-storage", "1MiB"), "Alice", "Bob");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (peers != null) {
            peers.close();
        }
    }

    @Test
    void aFileOverTheRelaysStorageIsRefusedInOneLine() throws Exception {
        Profile alice = peers.get("Alice");
        Profile bob = peers.get("Bob");
        Path big = Transfers.randomFile(dir.resolve("two.bin"), 2 * Transfers.MIB, 29);
        assertEquals(640, Transfers.paddedBlocks(2 * Transfers.MIB));

        PliProcess.Result r = alice.run("send", "Bob", "too big", "--file", big.toString());
        String all = r.stdout() + r.stderr();
        assertEquals(1, r.exitCode(), () -> "a relay refusal is a user error: " + all);
        Profile.assertNoStackTrace(r);
        List<String> errors = r.stderr().strip().lines().toList();
        assertEquals(1, errors.size(), () -> "one line on stderr: " + r.stderr());
        assertTrue(errors.get(0).startsWith("pli: ") && errors.get(0).contains("storage is full"), errors::toString);
        assertTrue(errors.get(0).contains("two.bin") || errors.get(0).contains("upload"), errors::toString);

        JsonNode given = alice.file(true, "two.bin");
        assertEquals("failed", given.path("state").asText(), "the upload is given up: " + given);
        assertTrue(given.path("reason").asText().contains("storage is full"), given::toString);
        int stored = Stores.blocksPerMailbox(peers.relay()).values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(stored < 16, "its mailboxes are deleted, the relay's room is back: " + stored);

        assertTrue(peers.relay().isAlive(), "the relay still runs");
        bob.sync(); // the relay still answers; the message came as soon as the mailboxes existed
        JsonNode offered = bob.file(false, "two.bin");
        assertEquals("failed", offered.path("state").asText(), "Bob's copy fails, never waits: " + offered);
        JsonNode text = alice.json("send", "Bob", "a text after", "--json");
        assertEquals("sent", text.path("status").asText(), "the relay takes texts again: " + text);
        assertTrue(peers.relay().isAlive(), "the relay still runs");
    }
}

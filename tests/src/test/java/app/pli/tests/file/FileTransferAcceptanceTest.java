package app.pli.tests.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's acceptance scenario: files from Alice to Bob over their relay, through SIGKILLs
 * of the sender, the receiver and the relay in the middle of transfers. Each time the
 * transfer resumes from what was persisted and the saved bytes equal the original; the relay
 * holds exactly the padded block count of the file, no block twice. A small file downloads
 * by itself during {@code pli sync}.
 */
class FileTransferAcceptanceTest {
    private static final long BIG = 50 * Transfers.MIB;
    private static final long MEDIUM = 32 * Transfers.MIB;

    @TempDir
    Path dir;

    private Peers peers;
    private Profile alice;
    private Profile bob;

    @BeforeEach
    void introduce() throws Exception {
        peers = Peers.start(dir, List.of(), "Alice", "Bob");
        alice = peers.get("Alice");
        bob = peers.get("Bob");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (peers != null) {
            peers.close();
        }
    }

    /** The 50 MiB file: the sender killed mid-upload, then the receiver killed mid-download; both resume. */
    @Test
    void aBigFileSurvivesTheSenderAndTheReceiverKilledMidway() throws Exception {
        assertEquals(14_336, Transfers.paddedBlocks(BIG), "50 MiB is 12,857 data blocks, padded to 14,336");
        Path original = Transfers.randomFile(dir.resolve("big.bin"), BIG, 13);
        Map<Long, Integer> before = Stores.blocksPerMailbox(peers.relay());

        // (a) Alice's send is killed while it uploads.
        Process send = peers.start(alice, "send", "send", "Bob", "the report", "--file", original.toString(),
                "--json");
        Stores.Transfer seen = Transfers.awaitMidway(alice, true, send);
        send.destroyForcibly().waitFor();
        assertEquals(14_336, seen.blocks());
        JsonNode stopped = alice.file(true, "big.bin");
        assertEquals("uploading", stopped.path("state").asText(), stopped::toString);
        double at = stopped.path("progress").asDouble();
        assertTrue(at > 0 && at < 1, () -> "the killed upload stopped midway: " + stopped);
        String messageId = stopped.path("message_id").asText();
        assertEquals(BIG, stopped.path("size").asLong());

        alice.sync(); // resumes the upload, then queues and sends the message
        JsonNode uploaded = alice.file(true, "big.bin");
        assertEquals("uploaded", uploaded.path("state").asText(), uploaded::toString);
        assertEquals(1.0, uploaded.path("progress").asDouble(), uploaded::toString);
        JsonNode sent = alice.message("Bob", messageId).orElseThrow(() -> new AssertionError(
                "Alice's conversation lacks the message " + messageId));
        assertEquals("sent", sent.path("status").asText(), sent::toString);

        // The relay holds the file's blocks once: its new mailboxes hold exactly the padded count.
        Map<Long, Integer> fileMailboxes = Stores.newMailboxes(before, Stores.blocksPerMailbox(peers.relay()));
        assertEquals(14_336, fileMailboxes.values().stream().mapToInt(Integer::intValue).sum(),
                () -> "blocks in the file's mailboxes " + fileMailboxes);
        assertEquals(List.of(8192, 6144), fileMailboxes.values().stream().filter(n -> n > 0).sorted(
                (x, y) -> y - x).toList(), () -> "two file mailboxes of 8192 and 6144 blocks: " + fileMailboxes);

        bob.sync();
        JsonNode offered = bob.file(false, "big.bin");
        assertEquals("offered", offered.path("state").asText(), "50 MiB is over the 16 MiB auto-download limit");
        assertEquals("Alice", offered.path("from").asText());
        assertEquals(messageId, offered.path("message_id").asText());
        assertEquals(BIG, offered.path("size").asLong());
        List<JsonNode> conversation = bob.conversation("Alice");
        JsonNode received = conversation.stream().filter(m -> m.path("id").asText().equals(messageId)).findFirst()
                .orElseThrow(() -> new AssertionError("Bob's conversation lacks " + messageId + ": " + conversation));
        assertEquals("the report", received.path("text").asText(), received::toString);
        assertEquals("offered", received.path("files").get(0).path("state").asText(), received::toString);
        String id = offered.path("id").asText();

        // (b) Bob's download is killed midway; a second get finishes it.
        Process get = peers.start(bob, "get", "files", "get", id, "--json");
        Transfers.awaitMidway(bob, false, get);
        get.destroyForcibly().waitFor();
        JsonNode halfway = bob.file(false, "big.bin");
        double got = halfway.path("progress").asDouble();
        assertTrue(got > 0 && got < 1, () -> "the killed download stopped midway: " + halfway);
        assertFalse(halfway.path("state").asText().equals("complete"), halfway::toString);

        JsonNode complete = bob.json("files", "get", id, "--json");
        assertEquals("complete", complete.path("state").asText(), complete::toString);
        assertEquals(1.0, complete.path("progress").asDouble());
        Path out = dir.resolve("saved.bin");
        JsonNode saved = bob.json("files", "save", id, "--to", out.toString(), "--json");
        assertEquals(out.toAbsolutePath().normalize().toString(), saved.path("path").asText(), saved::toString);
        assertEquals(-1, Files.mismatch(original, out), "the saved file equals the original");
        assertEquals("complete", bob.message("Alice", messageId).orElseThrow().path("files").get(0).path("state")
                .asText());
    }

    /** The relay killed mid-upload and again mid-download, each time restarted on its data: nothing lost. */
    @Test
    void aFileSurvivesTheRelayKilledMidUploadAndMidDownload() throws Exception {
        Path original = Transfers.randomFile(dir.resolve("medium.bin"), MEDIUM, 17);

        Process send = peers.start(alice, "send", "send", "Bob", "--file", original.toString(), "--json");
        Transfers.awaitMidway(alice, true, send);
        peers.relay().kill();
        assertTrue(send.waitFor(90, TimeUnit.SECONDS), "the send ends once its relay is gone");
        JsonNode stopped = alice.file(true, "medium.bin");
        assertEquals("uploading", stopped.path("state").asText(), stopped::toString);
        assertTrue(stopped.path("progress").asDouble() > 0 && stopped.path("progress").asDouble() < 1,
                stopped::toString);
        String messageId = stopped.path("message_id").asText();

        peers.relay().restart();
        alice.sync();
        JsonNode uploaded = alice.file(true, "medium.bin");
        assertEquals("uploaded", uploaded.path("state").asText(), uploaded::toString);
        assertEquals("sent", alice.message("Bob", messageId).orElseThrow().path("status").asText());

        bob.sync();
        JsonNode offered = bob.file(false, "medium.bin");
        assertEquals("offered", offered.path("state").asText(), "32 MiB is over the 16 MiB auto-download limit");
        String id = offered.path("id").asText();

        Process get = peers.start(bob, "get", "files", "get", id, "--json");
        Transfers.awaitMidway(bob, false, get);
        peers.relay().kill();
        assertTrue(get.waitFor(90, TimeUnit.SECONDS), "the get ends once its relay is gone");
        assertEquals(1, get.exitValue(), "a download that did not finish is exit 1");
        JsonNode halfway = bob.file(false, "medium.bin");
        assertTrue(halfway.path("progress").asDouble() > 0 && halfway.path("progress").asDouble() < 1,
                halfway::toString);

        peers.relay().restart();
        JsonNode complete = bob.json("files", "get", id, "--json");
        assertEquals("complete", complete.path("state").asText(), complete::toString);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        bob.json("files", "save", id, "--to", out.toString(), "--json");
        assertEquals(-1, Files.mismatch(original, out.resolve("medium.bin")), "the saved file equals the original");
    }

    /** A 1 MiB file is complete on Bob's side right after his sync, without a get. */
    @Test
    void aSmallFileDownloadsDuringSync() throws Exception {
        Path original = Transfers.randomFile(dir.resolve("small.bin"), Transfers.MIB, 19);
        JsonNode sent = alice.json("send", "Bob", "a small one", "--file", original.toString(), "--json");
        assertEquals("sent", sent.path("status").asText(), sent::toString);
        assertEquals("uploaded", sent.path("files").get(0).path("state").asText(), sent::toString);
        String messageId = sent.path("id").asText();

        bob.sync();
        JsonNode file = bob.file(false, "small.bin");
        assertEquals("complete", file.path("state").asText(), file::toString);
        assertEquals(1.0, file.path("progress").asDouble(), file::toString);
        JsonNode message = bob.message("Alice", messageId).orElseThrow(() -> new AssertionError(
                "Bob's conversation lacks " + messageId));
        assertEquals("a small one", message.path("text").asText());
        JsonNode listed = message.path("files");
        assertEquals(1, listed.size(), message::toString);
        assertEquals("small.bin", listed.get(0).path("name").asText());
        assertEquals(Transfers.MIB, listed.get(0).path("size").asLong());
        assertEquals("complete", listed.get(0).path("state").asText(), message::toString);
        assertEquals(file.path("id").asText(), listed.get(0).path("id").asText());

        Path out = dir.resolve("small-saved.bin");
        bob.json("files", "save", file.path("id").asText(), "--to", out.toString(), "--json");
        assertEquals(-1, Files.mismatch(original, out));
    }
}

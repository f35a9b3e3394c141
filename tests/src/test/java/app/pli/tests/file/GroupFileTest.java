package app.pli.tests.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file sent to a group of three is uploaded once: the relay holds its padded block count
 * in one file mailbox, not one copy per member, and both other members download it during
 * their sync and save the very bytes sent.
 */
class GroupFileTest {
    private static final String GROUP = "Field team";
    private static final long SIZE = 3 * Transfers.MIB;

    @TempDir
    Path dir;

    private Peers peers;

    @BeforeEach
    void formTheGroup() throws Exception {
        peers = Peers.start(dir, List.of(), "Alicia", "Bertrand", "Carolina");
        Profile alicia = peers.get("Alicia");
        alicia.json("group", "create", GROUP, "--json");
        alicia.json("group", "add", GROUP, "Bertrand", "Carolina", "--json");
        for (String member : List.of("Bertrand", "Carolina")) {
            peers.get(member).sync();
            peers.get(member).json("group", "accept", GROUP, "--json");
        }
        for (int round = 0; round < 2; round++) {
            for (String name : List.of("Alicia", "Bertrand", "Carolina")) {
                peers.get(name).sync();
            }
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (peers != null) {
            peers.close();
        }
    }

    @Test
    void aGroupFileIsStoredOnceAndReachesEveryMember() throws Exception {
        assertEquals(896, Transfers.paddedBlocks(SIZE), "3 MiB is 772 data blocks, padded to 896");
        Path original = Transfers.randomFile(dir.resolve("plan.pdf"), SIZE, 23);
        Map<Long, Integer> before = Stores.blocksPerMailbox(peers.relay());

        JsonNode sent = peers.get("Alicia").json("send", "--group", GROUP, "the plan", "--file",
                original.toString(), "--json");
        assertEquals("sent", sent.path("status").asText(), sent::toString);
        assertEquals(2, sent.path("deliveries").size(), sent::toString);
        assertEquals("uploaded", sent.path("files").get(0).path("state").asText(), sent::toString);
        JsonNode mine = peers.get("Alicia").file(true, "plan.pdf");
        assertEquals("uploaded", mine.path("state").asText(), mine::toString);
        assertEquals(1, peers.get("Alicia").files(true).size(), "one sent file, not one per member");

        Map<Long, Integer> created = Stores.newMailboxes(before, Stores.blocksPerMailbox(peers.relay()));
        assertEquals(List.of(896), created.values().stream().filter(n -> n > 0).toList(),
                () -> "one file mailbox holding the padded count once: " + created);

        for (String member : List.of("Bertrand", "Carolina")) {
            Profile profile = peers.get(member);
            profile.sync();
            JsonNode file = profile.file(false, "plan.pdf");
            assertEquals("complete", file.path("state").asText(), () -> member + ": " + file);
            assertEquals("Alicia", file.path("from").asText(), file::toString);
            assertEquals(SIZE, file.path("size").asLong());
            Path out = dir.resolve(member + "-plan.pdf");
            profile.json("files", "save", file.path("id").asText(), "--to", out.toString(), "--json");
            assertEquals(-1, Files.mismatch(original, out), member + " saved the bytes Alicia sent");
        }
    }
}

package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in a team without a relay: Alice's daemon serves what she sends over the LAN link,
 * Bob's daemon pulls it (the small file on its own, the large one after {@code pli files
 * get}, which with no relay only marks it for the daemon), and both arrive byte for byte.
 * Bob's daemon is killed in the middle of the large file and the download resumes.
 */
class LanFileTest {
    private static final String LOOPBACK = "127.0.0.1";

    @TempDir
    Path dir;

    private final List<BackgroundPli> daemons = new ArrayList<>();

    @AfterEach
    void stopDaemons() throws InterruptedException {
        for (BackgroundPli daemon : daemons) {
            daemon.close();
        }
    }

    @Test
    void aTeamWithoutARelaySendsFilesOverTheLan() throws Exception {
        PliProfile alice = PliProfile.init(dir.resolve("A"), "Alice", null, PliProfile.Protection.UNATTENDED);
        PliProfile bob = PliProfile.init(dir.resolve("B"), "Bob", null, PliProfile.Protection.UNATTENDED);
        daemon(alice);
        BackgroundPli bobDaemon = daemon(bob);
        String code = alice.json("invite", "--lan", "--no-wait", "--json", "--interface", LOOPBACK)
                .path("code").asText();
        bob.json("accept", code, "--no-wait", "--json");
        Liveness.await("both sides have a code", () -> hasCode(alice) && hasCode(bob));
        String bobsCode = bob.onlyContact().path("code").asText();
        String alicesCode = alice.onlyContact().path("code").asText();
        alice.ok("verify", "Bob", bobsCode);
        bob.ok("verify", "Alice", alicesCode);

        Path small = random(dir.resolve("notes.txt"), 300_000, 1);
        Path large = random(dir.resolve("image.bin"), 120 << 20, 2);
        JsonNode sent = alice.json("send", "Bob", "for the team", "--file", small.toString(), "--file",
                large.toString(), "--json");
        assertEquals(2, sent.path("files").size(), sent::toString);
        assertTrue(alice.json("files", "--sent", "--json").findValuesAsText("state").stream()
                .allMatch("uploaded"::equals), "nothing to upload without a relay");

        Liveness.await("Bob has the small file", () -> state(bob, "notes.txt").equals("complete"));
        assertEquals("offered", state(bob, "image.bin"), "over the auto-download limit");
        String largeId = id(bob, "image.bin");
        String refusal = PliProfile.refused(bob.run("files", "get", largeId), "files", "get", largeId);
        assertTrue(refusal.contains("daemon"), "with no relay, the daemon fetches it: " + refusal);

        int blocks = awaitPartialDownload(bob.dir().resolve("pli.db"));
        bobDaemon.kill();
        double stoppedAt = progress(bob, "image.bin");
        assertTrue(stoppedAt > 0 && stoppedAt < 1.0, "killed mid-download: " + stoppedAt + " of " + blocks);
        daemon(bob);
        Liveness.await("Bob has the large file", () -> state(bob, "image.bin").equals("complete"));

        Path savedSmall = dir.resolve("saved-notes.txt");
        Path savedLarge = dir.resolve("saved-image.bin");
        bob.ok("files", "save", id(bob, "notes.txt"), "--to", savedSmall.toString());
        bob.ok("files", "save", largeId, "--to", savedLarge.toString());
        assertEquals(-1, Files.mismatch(small, savedSmall), "the small file arrived intact");
        assertEquals(-1, Files.mismatch(large, savedLarge), "the large file arrived intact");
    }

    /**
     * Waits until the store shows the incoming download saved partly (its progress is in
     * clear: which blocks are done), polling the database itself, which is much quicker than
     * a command; returns the file's block count.
     */
    private static int awaitPartialDownload(Path store) throws Exception {
        long deadline = System.nanoTime() + Liveness.GENEROUS.toNanos();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store + "?open_mode=1")) {
            while (System.nanoTime() < deadline) {
                try (Statement s = c.createStatement(); ResultSet row = s.executeQuery("SELECT MAX(done_count),"
                        + " MAX(blocks) FROM file_transfer WHERE outgoing = 0 AND blocks > 100 AND state = 11")) {
                    if (row.next() && row.getInt(1) > 0) {
                        return row.getInt(2);
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the large download never saved progress");
    }

    private BackgroundPli daemon(PliProfile profile) throws Exception {
        BackgroundPli daemon = new BackgroundPli(profile.start("daemon", "--json", "--interface", LOOPBACK));
        daemons.add(daemon);
        Liveness.await(profile + "'s daemon is on the LAN", () -> daemon.stderr().stream()
                .anyMatch(line -> line.contains("LAN: ") && line.contains(LOOPBACK)));
        return daemon;
    }

    private static Path random(Path file, int size, long seed) throws Exception {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return Files.write(file, bytes);
    }

    private static boolean hasCode(PliProfile profile) throws Exception {
        JsonNode contacts = profile.json("contacts", "--json");
        return contacts.size() == 1 && contacts.get(0).path("code").asText().matches("[0-9]{4}");
    }

    private static JsonNode file(PliProfile profile, String name) throws Exception {
        for (JsonNode file : profile.json("files", "--json")) {
            if (file.path("name").asText().equals(name)) {
                return file;
            }
        }
        return null;
    }

    private static String state(PliProfile profile, String name) throws Exception {
        JsonNode file = file(profile, name);
        return file == null ? "" : file.path("state").asText();
    }

    private static double progress(PliProfile profile, String name) throws Exception {
        JsonNode file = file(profile, name);
        return file == null ? 0 : file.path("progress").asDouble();
    }

    private static String id(PliProfile profile, String name) throws Exception {
        return file(profile, name).path("id").asText();
    }
}

package app.pli.tests.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code pli send --file} and {@code pli files get/save} refuse: each is exit 1 with
 * one line on stderr and no stack trace, and a refused send records nothing (no sent file,
 * no message, no sealed blocks in the profile). {@code save} never replaces a file without
 * {@code --force}. The pair is introduced once for the class.
 */
class FileBadInputTest {
    @TempDir
    static Path dir;

    private static Peers peers;
    private static Profile alice;
    private static Profile bob;
    private static Path readable;

    @BeforeAll
    static void introduce() throws Exception {
        peers = Peers.start(dir, List.of(), "Alice", "Bob");
        alice = peers.get("Alice");
        bob = peers.get("Bob");
        readable = Transfers.randomFile(dir.resolve("fine.txt"), 1000, 31);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (peers != null) {
            peers.close();
        }
    }

    @Test
    void aMissingFileIsRefused() throws Exception {
        Path missing = dir.resolve("no-such-file.pdf");
        String line = refusedSend("send", "Bob", "see attached", "--file", missing.toString());
        assertTrue(line.contains("no-such-file.pdf"), line);
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        String line = refusedSend("send", "Bob", "--file", folder.toString());
        assertTrue(line.contains("folder"), line);
    }

    @Test
    void anUnreadableFileIsRefused() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads a file of mode 000 anyway");
        Path secret = Transfers.randomFile(dir.resolve("locked.bin"), 100, 37);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "this user reads a file of mode 000 anyway");
        String line = refusedSend("send", "Bob", "--file", secret.toString());
        assertTrue(line.contains("cannot read"), line);
    }

    @Test
    void aFileOverOneGibibyteIsRefused() throws Exception {
        Path huge = dir.resolve("huge.iso");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength((1L << 30) + 1);
        }
        try {
            String line = refusedSend("send", "Bob", "--file", huge.toString());
            assertTrue(line.contains("1 GiB"), line);
            } finally {
            Files.delete(huge);
        }
    }

    @Test
    void aFileToAnUnknownContactIsRefused() throws Exception {
        refusedSend("send", "Nobody", "hello", "--file", readable.toString());
        refusedSend("send", "--group", "No such group", "--file", readable.toString());
    }

    @Test
    void unknownIdsAreRefused() throws Exception {
        String save = bob.refused("files", "save", "0123456789abcdef", "--to", dir.resolve("x").toString());
        assertTrue(save.contains("0123456789abcdef"), save);
        assertFalse(Files.exists(dir.resolve("x")), "save of an unknown id wrote nothing");
        String get = bob.refused("files", "get", "0123456789abcdef");
        assertTrue(get.contains("0123456789abcdef"), get);
        bob.refused("files", "get", "not-hex");
    }

    @Test
    void saveNeverReplacesAFileWithoutForce() throws Exception {
        Path original = Transfers.randomFile(dir.resolve("notes.bin"), 100_000, 41);
        JsonNode sent = alice.json("send", "Bob", "notes", "--file", original.toString(), "--json");
        assertEquals("sent", sent.path("status").asText(), sent::toString);
        bob.sync();
        JsonNode file = bob.file(false, "notes.bin");
        assertEquals("complete", file.path("state").asText(), file::toString);
        String id = file.path("id").asText();

        Path folder = Files.createDirectories(dir.resolve("downloads"));
        Path existing = Files.writeString(folder.resolve("notes.bin"), "my own notes, not to lose");
        String line = bob.refused("files", "save", id, "--to", existing.toString());
        assertTrue(line.contains("--force"), line);
        assertEquals("my own notes, not to lose", Files.readString(existing), "the existing file is unchanged");
        bob.refused("files", "save", id, "--to", folder.toString()); // the folder: the same name inside
        assertEquals("my own notes, not to lose", Files.readString(existing), "the existing file is unchanged");
        assertEquals(List.of(existing), list(folder), "no partial file left beside it");

        JsonNode saved = bob.json("files", "save", id, "--to", existing.toString(), "--force", "--json");
        assertEquals(existing.toAbsolutePath().normalize().toString(), saved.path("path").asText(), saved::toString);
        assertEquals(-1, Files.mismatch(original, existing), "--force replaced it with the file received");
        assertEquals(List.of(existing), list(folder), "no partial file left beside it");
    }

    /**
     * Runs a {@code pli send} of Alice's that must be refused (see {@link Profile#refused}) and
     * checks it recorded nothing: the same sent files, the same conversation with Bob, the
     * same sealed blocks in her profile as before. Returns the error line.
     */
    private static String refusedSend(String... args) throws Exception {
        List<JsonNode> files = alice.files(true);
        List<JsonNode> conversation = alice.conversation("Bob");
        List<Path> blocks = blocks();
        String line = alice.refused(args);
        assertEquals(files, alice.files(true), "no sent file recorded");
        assertEquals(conversation, alice.conversation("Bob"), "no message recorded");
        assertEquals(blocks, blocks(), "no sealed blocks left in the profile");
        return line;
    }

    private static List<Path> blocks() throws IOException {
        Path files = alice.dir().resolve("files");
        return Files.isDirectory(files) ? list(files).stream().filter(p -> p.toString().endsWith(".blocks")).toList()
                : List.of();
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }
}

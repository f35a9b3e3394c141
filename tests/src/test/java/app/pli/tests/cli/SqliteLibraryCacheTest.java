package app.pli.tests.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite driver's native library, kept in the user's cache instead of extracted to /tmp
 * by every command: made once, taken by the next commands, and rewritten when damaged.
 */
class SqliteLibraryCacheTest {
    @TempDir
    Path dir;

    @Test
    void theLibraryIsCachedOnceAndADamagedCopyIsReplaced() throws Exception {
        Path home = dir.resolve("profile");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(), "PLI_CDS", "off");
        PliProcess.Result init = PliProcess.run(env, "--home", home.toString(), "init", "--name", "Ada", "--no-passphrase");
        assertEquals(0, init.exitCode(), init.stderr());
        List<Path> libraries = libraries();
        assertEquals(1, libraries.size(), libraries.toString());
        byte[] good = Files.readAllBytes(libraries.get(0));
        assertTrue(good.length > 100_000, "a whole library: " + good.length);

        Files.write(libraries.get(0), new byte[] {1, 2, 3});
        PliProcess.Result contacts = PliProcess.run(env, "--home", home.toString(), "contacts", "--json");
        assertEquals(0, contacts.exitCode(), contacts.stderr());
        assertEquals("[]", contacts.stdout().strip());
        assertEquals(List.of(libraries.get(0)), libraries(), "no partial files left");
        assertArrayEquals(good, Files.readAllBytes(libraries.get(0)), "the damaged copy was replaced");
    }

    private List<Path> libraries() throws Exception {
        Path folder = dir.resolve("cache/pli/native");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}

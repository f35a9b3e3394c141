package app.pli.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data-sharing archive: made by a first short command, used by the next
 * ones, per jar and JDK in the user's cache ({@code XDG_CACHE_HOME}), never changing what a
 * command prints, and off with {@code PLI_CDS=off}.
 */
class ClassDataSharingTest {
    @TempDir
    Path dir;

    @Test
    void aFirstCommandLeavesAnArchiveTheNextOnesUseWithTheSameOutput() throws Exception {
        Path home = dir.resolve("profile");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(), "PLI_CDS", "on");
        PliProcess.Result init = PliProcess.run(env, "--home", home.toString(), "init", "--name", "Ada", "--no-passphrase");
        assertEquals(0, init.exitCode(), init.stderr());

        PliProcess.Result first = PliProcess.run(env, "--home", home.toString(), "contacts");
        PliProcess.Result second = PliProcess.run(env, "--home", home.toString(), "contacts");
        PliProcess.Result third = PliProcess.run(env, "--home", home.toString(), "contacts");
        for (PliProcess.Result r : List.of(first, second, third)) {
            assertEquals(0, r.exitCode(), r.stderr());
            assertEquals("", r.stderr(), "the JVM's archive messages are silenced");
            assertEquals(first.stdout(), r.stdout());
        }
        List<Path> archives = files(dir.resolve("cache/pli/cds"));
        assertEquals(1, archives.stream().filter(p -> p.toString().endsWith(".jsa")).count(), archives.toString());
        assertTrue(archives.stream().noneMatch(p -> p.toString().endsWith(".tmp")), "a finished dump was taken: " + archives);
        assertTrue(Files.size(archives.get(0)) > 1_000_000, "the archive holds the classes: " + Files.size(archives.get(0)));
    }

    @Test
    void offMeansNoArchive() throws Exception {
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "PLI_CDS", "off");
        PliProcess.Result r = PliProcess.run(env, "--home", dir.resolve("p").toString(), "init", "--name", "Bo", "--no-passphrase");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(files(cache.resolve("pli/cds")).isEmpty());
    }

    @Test
    void anUnwritableCacheOnlyCostsSpeed() throws Exception {
        Path cache = dir.resolve("not-a-folder");
        Files.writeString(cache, "a file where the cache folder would go");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "PLI_CDS", "on");
        PliProcess.Result r = PliProcess.run(env, "--version");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().startsWith("pli "), r.stdout());
        assertEquals("", r.stderr());
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }
}

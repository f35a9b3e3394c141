package app.pli.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The man pages the cli module's build generates from the command model: one troff page in
 * {@code cli/target/man} per command, and {@code man -l} renders the root's without error.
 */
class ManPagesTest {
    /** Beside the jar: {@code cli/target/man} (or the {@code -Dpli.target} folder). */
    private static Path manDirectory() {
        return PliProcess.jar().getParent().resolve("man");
    }

    @Test
    void everyCommandHasATroffPage() throws Exception {
        for (String path : CommandTree.paths()) {
            String name = path.isEmpty() ? "pli" : "pli-" + path.replace(' ', '-');
            Path page = manDirectory().resolve(name + ".1");
            assertTrue(Files.isRegularFile(page), "no man page " + page + " (built by: mvn -pl cli package)");
            String troff = Files.readString(page, StandardCharsets.UTF_8);
            assertTrue(troff.contains(".TH \"" + name.toUpperCase(java.util.Locale.ROOT).replace("-", "\\-") + "\" \"1\""),
                    page + " is not a troff page of section 1");
        }
    }

    @Test
    void manRendersTheRootPageWithoutError() throws Exception {
        assumeTrue(CommandTree.installed("man"), "man is not installed: the rendering of pli.1 is not checked");
        Path page = manDirectory().resolve("pli.1");
        ProcessBuilder pb = new ProcessBuilder("man", "--warnings", "-l", page.toString());
        pb.environment().put("MANPAGER", "cat");
        pb.environment().put("MANWIDTH", "80");
        Path err = Files.createTempFile("man-err", ".txt");
        try {
            Process p = pb.redirectError(err.toFile()).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "man -l did not finish");
            String errors = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), errors);
            assertEquals("", errors, "man -l " + page + " warned");
            assertTrue(text.contains("NAME") && text.contains("SYNOPSIS") && text.contains("--quiet")
                    && text.contains("completion"), text);
        } finally {
            Files.deleteIfExists(err);
        }
    }
}

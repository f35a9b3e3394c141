package app.pli.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.cli.output.Colour;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code NO_COLOR} (no-color.org): set and non-empty, no ANSI escape anywhere. picocli
 * colours its help only on a terminal, so the process forces it ({@code -Dpicocli.ansi=true})
 * to show that {@code NO_COLOR} still wins.
 */
class NoColorTest {
    private static final String ESC = "\u001b[";
    private static final Map<String, String> FORCED = Map.of("PLI_JAVA_OPTS", "-Dpicocli.ansi=true");

    @Test
    void helpIsColouredWhenForcedAndNoColorIsUnset() throws Exception {
        PliProcess.Result r = PliProcess.run(FORCED, "--help");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains(ESC), "picocli colours forced help: " + r.stdout());
    }

    @Test
    void noColorTurnsOffTheColoursOfEveryHelp() throws Exception {
        Map<String, String> env = Map.of("PLI_JAVA_OPTS", "-Dpicocli.ansi=true", "NO_COLOR", "1");
        for (String[] args : new String[][] {{"--help"}, {"send", "--help"}, {"group", "add", "--help"},
            {"help", "invite"}}) {
            PliProcess.Result r = PliProcess.run(env, args);
            assertEquals(0, r.exitCode(), r.stderr());
            assertTrue(r.stdout().contains("Usage: pli"), r.stdout());
            assertFalse(r.stdout().contains(ESC) || r.stderr().contains(ESC), String.join(" ", args) + ": " + r.stdout());
        }
        PliProcess.Result usage = PliProcess.run(env, "send", "--no-such-option");
        assertEquals(2, usage.exitCode());
        assertFalse(usage.stderr().contains(ESC), usage.stderr());
    }

    @Test
    void anEmptyNoColorIsUnset() throws Exception {
        assertTrue(Colour.allowed(Map.of("NO_COLOR", "")));
        assertTrue(Colour.allowed(Map.of()));
        assertFalse(Colour.allowed(Map.of("NO_COLOR", "1")));
        PliProcess.Result r = PliProcess.run(Map.of("PLI_JAVA_OPTS", "-Dpicocli.ansi=true", "NO_COLOR", ""), "--help");
        assertTrue(r.stdout().contains(ESC), r.stdout());
    }
}

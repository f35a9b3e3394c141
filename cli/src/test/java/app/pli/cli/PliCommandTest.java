package app.pli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PliCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PliCommandLine.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void versionNamesTheProject() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("pli "), out.toString());
    }

    @Test
    void helpListsTheGlobalOptions() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("--home"));
        assertTrue(out.toString().contains("--json"));
    }

    @Test
    void unknownCommandIsAUsageErrorWithoutStackTrace() {
        assertEquals(ExitCodes.USAGE, run("no-such-command"));
        String e = err.toString();
        assertTrue(e.startsWith("pli: "), e);
        assertTrue(e.contains("Usage:"), e);
        assertFalse(e.contains("\tat "), e);
        assertEquals("", out.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("--no-such-option"));
        assertTrue(err.toString().contains("--no-such-option"), err.toString());
    }

    @Test
    void homeFollowsOptionThenEnvironmentThenXdg() {
        assertEquals(Path.of("/p"), GlobalOptions.defaultDataDirectory(Map.of("PLI_HOME", "/p"), "pli"));
        assertEquals(Path.of("/x/pli"), GlobalOptions.defaultDataDirectory(Map.of("XDG_DATA_HOME", "/x"), "pli"));
        assertEquals(Path.of("/x/pli-relay"),
                GlobalOptions.defaultDataDirectory(Map.of("PLI_HOME", "/p", "XDG_DATA_HOME", "/x"), "pli-relay"));
        assertTrue(GlobalOptions.defaultDataDirectory(Map.of(), "pli").endsWith(Path.of(".local/share/pli")));
    }
}

package app.pli.tests.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.cli.PliProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One profile directory driven through real {@code pli --home DIR ...} processes, with the
 * passphrase in {@code PLI_PASSPHRASE}, as the acceptance scenario of the introduction does.
 */
final class PliHome {
    static final String PASSPHRASE = "correct-horse";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Map<String, String> env;

    PliHome(Path dir) {
        this(dir, Map.of("PLI_PASSPHRASE", PASSPHRASE));
    }

    private PliHome(Path dir, Map<String, String> env) {
        this.dir = dir;
        this.env = env;
    }

    Path dir() {
        return dir;
    }

    /** The same profile run with {@code variable=value} added to the environment. */
    PliHome withEnv(String variable, String value) {
        Map<String, String> changed = new HashMap<>(env);
        changed.put(variable, value);
        return new PliHome(dir, changed);
    }

    /** Runs {@code pli --home DIR args...}. */
    PliProcess.Result run(String... args) throws IOException, InterruptedException {
        return PliProcess.run(env, withHome(args));
    }

    /** Runs {@code pli --home DIR args...} with {@code stdin} as its input. */
    PliProcess.Result runWithInput(String stdin, String... args) throws IOException, InterruptedException {
        return PliProcess.runWithInput(env, stdin, withHome(args));
    }

    /** Starts {@code pli --home DIR args...} in the background. */
    Process start(String... args) throws IOException {
        return PliProcess.start(env, withHome(args));
    }

    /** Runs a command that must succeed, and returns its standard output. */
    String ok(String... args) throws IOException, InterruptedException {
        PliProcess.Result r = run(args);
        assertEquals(0, r.exitCode(), () -> "pli " + String.join(" ", args) + " failed: " + r.stderr());
        return r.stdout();
    }

    /** Runs a command that must succeed and print one JSON document. */
    JsonNode json(String... args) throws IOException, InterruptedException {
        return JSON.readTree(ok(args));
    }

    /** {@code pli contacts --json}. */
    JsonNode contacts() throws IOException, InterruptedException {
        JsonNode contacts = json("contacts", "--json");
        assertTrue(contacts.isArray(), contacts::toString);
        return contacts;
    }

    /** The one contact this profile has. */
    JsonNode onlyContact() throws IOException, InterruptedException {
        JsonNode contacts = contacts();
        assertEquals(1, contacts.size(), contacts::toString);
        return contacts.get(0);
    }

    /**
     * Runs a command that must be refused: non-zero exit, nothing on stdout, one line on
     * stderr with no stack trace. Returns that line.
     */
    String refused(String... args) throws IOException, InterruptedException {
        return assertRefused(run(args), args);
    }

    static String assertRefused(PliProcess.Result r, String... args) {
        String command = "pli " + String.join(" ", args);
        assertTrue(r.exitCode() != 0, () -> command + " succeeded: " + r.stdout());
        assertEquals("", r.stdout(), () -> command + " printed on stdout");
        List<String> lines = r.stderr().strip().lines().toList();
        assertEquals(1, lines.size(), () -> command + " printed not one line on stderr: " + r.stderr());
        assertTrue(lines.get(0).startsWith("pli: "), lines.get(0));
        assertFalse(r.stderr().contains("Exception"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), r.stderr());
        return lines.get(0);
    }

    /** Parses one line of JSON printed by a command. */
    static JsonNode parse(String line) throws IOException {
        return JSON.readTree(line);
    }

    private String[] withHome(String... args) {
        List<String> all = new ArrayList<>(List.of("--home", dir.toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }
}

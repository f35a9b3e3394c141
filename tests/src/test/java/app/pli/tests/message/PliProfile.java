package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.cli.PliProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One profile directory driven through real {@code pli --home DIR ...} processes, as a user's
 * shell would. A profile is either protected by a passphrase (given in {@code PLI_PASSPHRASE})
 * or unattended ({@code init --no-passphrase}), which spares the Argon2id cost at every start.
 */
final class PliProfile {
    /** How the profile's storage key is kept. */
    enum Protection { PASSPHRASE, UNATTENDED }

    static final String PASSPHRASE = "correct-horse";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Map<String, String> env;

    private PliProfile(Path dir, Protection protection) {
        this.dir = dir;
        this.env = protection == Protection.PASSPHRASE ? Map.of("PLI_PASSPHRASE", PASSPHRASE) : Map.of();
    }

    /** {@code pli --home DIR init --name NAME [--relay RELAY]} (no relay when null), with or without a passphrase. */
    static PliProfile init(Path dir, String name, String relay, Protection protection)
            throws IOException, InterruptedException {
        PliProfile profile = new PliProfile(dir, protection);
        List<String> args = new ArrayList<>(List.of("init", "--name", name, "--json"));
        if (relay != null) {
            args.addAll(List.of("--relay", relay));
        }
        if (protection == Protection.UNATTENDED) {
            args.add("--no-passphrase");
        }
        JsonNode created = profile.json(args.toArray(String[]::new));
        assertEquals(name, created.path("name").asText(), created::toString);
        return profile;
    }

    Path dir() {
        return dir;
    }

    /** Runs {@code pli --home DIR args...}. */
    PliProcess.Result run(String... args) throws IOException, InterruptedException {
        return PliProcess.run(env, withHome(args));
    }

    /** Runs {@code pli --home DIR args...} with {@code stdin} as its input. */
    PliProcess.Result runWithInput(String stdin, String... args) throws IOException, InterruptedException {
        return PliProcess.runWithInput(env, stdin, withHome(args));
    }

    /** Starts {@code pli --home DIR args...} in the background; the caller must end it. */
    Process start(String... args) throws IOException {
        Process process = PliProcess.start(env, withHome(args));
        process.getOutputStream().close();
        return process;
    }

    /** Runs a command that must succeed, and returns its standard output. */
    String ok(String... args) throws IOException, InterruptedException {
        return succeeded(run(args), args);
    }

    /** Runs a command that must succeed with {@code stdin} as its input, and returns its standard output. */
    String okWithInput(String stdin, String... args) throws IOException, InterruptedException {
        return succeeded(runWithInput(stdin, args), args);
    }

    /** Runs a command that must succeed and print one JSON document. */
    JsonNode json(String... args) throws IOException, InterruptedException {
        return JSON.readTree(ok(args));
    }

    /** {@code pli sync --json}, which must succeed and name no problem; returns its report. */
    JsonNode sync() throws IOException, InterruptedException {
        JsonNode report = json("sync", "--json");
        assertTrue(report.path("problems").isArray() && report.path("problems").isEmpty(), report::toString);
        return report;
    }

    /** {@code pli send CONTACT TEXT --json}, which must succeed; returns the message printed. */
    JsonNode send(String contact, String text) throws IOException, InterruptedException {
        JsonNode message = json("send", contact, text, "--json");
        assertEquals(text, message.path("text").asText(), message::toString);
        return message;
    }

    /** {@code pli messages CONTACT --json}: the whole conversation, oldest first. */
    List<JsonNode> conversation(String contact) throws IOException, InterruptedException {
        JsonNode messages = json("messages", contact, "--json");
        assertTrue(messages.isArray(), messages::toString);
        List<JsonNode> list = new ArrayList<>();
        messages.forEach(list::add);
        return list;
    }

    /** {@code pli contacts --json}: the one contact this profile has. */
    JsonNode onlyContact() throws IOException, InterruptedException {
        JsonNode contacts = json("contacts", "--json");
        assertTrue(contacts.isArray() && contacts.size() == 1, contacts::toString);
        return contacts.get(0);
    }

    /**
     * Runs a command that must be refused as a user error: exit 1, nothing on stdout, one
     * line on stderr with no stack trace. Returns that line.
     */
    String refused(String... args) throws IOException, InterruptedException {
        return refused(run(args), args);
    }

    static String refused(PliProcess.Result r, String... args) {
        String command = "pli " + String.join(" ", args);
        assertEquals(1, r.exitCode(), () -> command + ": " + r.stdout() + r.stderr());
        assertEquals("", r.stdout(), () -> command + " printed on stdout");
        List<String> lines = r.stderr().strip().lines().toList();
        assertEquals(1, lines.size(), () -> command + " printed not one line on stderr: " + r.stderr());
        assertTrue(lines.get(0).startsWith("pli: "), lines.get(0));
        assertNoStackTrace(r);
        return lines.get(0);
    }

    /** Runs a command that must be refused as a usage error: exit 2, an error line first, no stack trace. */
    String misused(String... args) throws IOException, InterruptedException {
        PliProcess.Result r = run(args);
        String command = "pli " + String.join(" ", args);
        assertEquals(2, r.exitCode(), () -> command + ": " + r.stdout() + r.stderr());
        assertEquals("", r.stdout(), () -> command + " printed on stdout");
        assertTrue(r.stderr().startsWith("pli: "), r.stderr());
        assertNoStackTrace(r);
        return r.stderr().lines().findFirst().orElseThrow();
    }

    static void assertNoStackTrace(PliProcess.Result r) {
        assertFalse(r.stderr().contains("Exception"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), r.stderr());
    }

    /** Parses one line or document of JSON printed by a command. */
    static JsonNode parse(String text) throws IOException {
        return JSON.readTree(text);
    }

    private static String succeeded(PliProcess.Result r, String... args) {
        assertEquals(0, r.exitCode(), () -> "pli " + String.join(" ", args) + " failed (" + r.exitCode() + "): "
                + r.stderr() + r.stdout());
        return r.stdout();
    }

    private String[] withHome(String... args) {
        List<String> all = new ArrayList<>(List.of("--home", dir.toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Override
    public String toString() {
        return "profile " + dir.getFileName();
    }
}

package app.pli.tests.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.cli.PliProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One unattended profile ({@code init --no-passphrase}) driven through real
 * {@code pli --home DIR ...} processes, with what the file scenarios ask of it.
 */
final class Profile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final String name;

    private Profile(Path dir, String name) {
        this.dir = dir;
        this.name = name;
    }

    static Profile init(Path dir, String name, String relay) throws IOException, InterruptedException {
        Profile profile = new Profile(dir, name);
        JsonNode created = profile.json("init", "--name", name, "--json", "--relay", relay, "--no-passphrase");
        assertEquals(name, created.path("name").asText(), created::toString);
        return profile;
    }

    Path dir() {
        return dir;
    }

    String name() {
        return name;
    }

    /** The profile's own SQLite store, for read-only looks at transfer progress. */
    Path store() {
        return dir.resolve("pli.db");
    }

    PliProcess.Result run(String... args) throws IOException, InterruptedException {
        return PliProcess.run(Map.of(), withHome(args));
    }

    /**
     * Starts {@code pli --home DIR args...} in the background, its output going to
     * {@code logs/<label>-out.txt} and {@code -err.txt}; the caller must end it.
     */
    Process start(Path logs, String label, String... args) throws IOException {
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>();
        command.add(PliProcess.launcher().toString());
        command.addAll(List.of(withHome(args)));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(logs.resolve(label + "-out.txt").toFile())
                .redirectError(logs.resolve(label + "-err.txt").toFile());
        PliProcess.pinJvm(pb.environment());
        Process process = pb.start();
        process.getOutputStream().close();
        return process;
    }

    String ok(String... args) throws IOException, InterruptedException {
        PliProcess.Result r = run(args);
        assertEquals(0, r.exitCode(), () -> "pli " + String.join(" ", args) + " failed (" + r.exitCode() + "): "
                + r.stderr() + r.stdout());
        return r.stdout();
    }

    JsonNode json(String... args) throws IOException, InterruptedException {
        return JSON.readTree(ok(args));
    }

    /** {@code pli sync --json}, which must succeed and name no problem. */
    JsonNode sync() throws IOException, InterruptedException {
        JsonNode report = json("sync", "--json");
        assertTrue(report.path("problems").isArray() && report.path("problems").isEmpty(), report::toString);
        return report;
    }

    /** {@code pli files [--sent] --json} as a list. */
    List<JsonNode> files(boolean sent) throws IOException, InterruptedException {
        JsonNode files = sent ? json("files", "--sent", "--json") : json("files", "--json");
        assertTrue(files.isArray(), files::toString);
        List<JsonNode> list = new ArrayList<>();
        files.forEach(list::add);
        return list;
    }

    /** The file of {@code pli files [--sent] --json} named {@code name}; it must be there, once. */
    JsonNode file(boolean sent, String fileName) throws IOException, InterruptedException {
        List<JsonNode> all = files(sent);
        List<JsonNode> named = all.stream().filter(f -> f.path("name").asText().equals(fileName)).toList();
        assertEquals(1, named.size(), () -> "one file named " + fileName + " in " + all);
        return named.get(0);
    }

    /** {@code pli messages CONTACT --json}, oldest first. */
    List<JsonNode> conversation(String contact) throws IOException, InterruptedException {
        JsonNode messages = json("messages", contact, "--json");
        assertTrue(messages.isArray(), messages::toString);
        List<JsonNode> list = new ArrayList<>();
        messages.forEach(list::add);
        return list;
    }

    /** The message with id {@code id} in the conversation with {@code contact}, if there. */
    Optional<JsonNode> message(String contact, String id) throws IOException, InterruptedException {
        return conversation(contact).stream().filter(m -> m.path("id").asText().equals(id)).findFirst();
    }

    /**
     * Runs a command that must be refused as a user error: exit 1, nothing on stdout, one line
     * on stderr starting {@code pli: }, no stack trace. Returns that line.
     */
    String refused(String... args) throws IOException, InterruptedException {
        PliProcess.Result r = run(args);
        String command = "pli " + String.join(" ", args);
        assertEquals(1, r.exitCode(), () -> command + ": " + r.stdout() + r.stderr());
        assertEquals("", r.stdout(), () -> command + " printed on stdout");
        List<String> lines = r.stderr().strip().lines().toList();
        assertEquals(1, lines.size(), () -> command + " printed not one line on stderr: " + r.stderr());
        assertTrue(lines.get(0).startsWith("pli: "), lines.get(0));
        assertNoStackTrace(r);
        return lines.get(0);
    }

    static void assertNoStackTrace(PliProcess.Result r) {
        assertFalse(r.stderr().contains("Exception"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), r.stderr());
    }

    private String[] withHome(String... args) {
        List<String> all = new ArrayList<>(List.of("--home", dir.toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Override
    public String toString() {
        return name + " (" + dir.getFileName() + ")";
    }
}

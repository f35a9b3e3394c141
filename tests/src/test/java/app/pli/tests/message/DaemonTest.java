package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.cli.PliProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both sides run {@code pli daemon --json}: a {@code pli send} beside a running daemon works,
 * the other daemon prints the message as one JSON line, the receipt comes back by itself,
 * and SIGTERM stops both daemons cleanly.
 */
class DaemonTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void daemonsDeliverPrintAndAcknowledgeThenStopCleanly() throws Exception {
        try (IntroducedPair pair = IntroducedPair.start(dir, PliProfile.Protection.UNATTENDED)) {
            PliProfile alice = pair.alice();
            PliProfile bob = pair.bob();
            BackgroundPli aliceDaemon = pair.background(alice, "daemon", "--json", "--no-lan");
            BackgroundPli bobDaemon = pair.background(bob, "daemon", "--json", "--no-lan");

            JsonNode hello = sendBesideDaemon(alice, "Bob", "hello");
            JsonNode printed = PliProfile.parse(bobDaemon.awaitLine(line -> line.contains(hello.path("id").asText()),
                    DEADLINE));
            assertEquals(hello.path("id").asText(), printed.path("id").asText());
            assertEquals("Alice", printed.path("from").asText(), printed::toString);
            assertEquals("me", printed.path("to").asText(), printed::toString);
            assertEquals("hello", printed.path("text").asText(), printed::toString);
            assertEquals("received", printed.path("status").asText(), printed::toString);
            assertEquals(hello.path("sent_at").asText(), printed.path("sent_at").asText());
            assertEquals(List.of("hello"), new Conversation(bob.conversation("Alice")).textsFrom("Alice"));
            Liveness.await("Alice's daemon takes in Bob's receipt", () -> new Conversation(alice.conversation("Bob"))
                    .allMineAre("delivered"));

            JsonNode answer = sendBesideDaemon(bob, "Alice", "hello back");
            PliProfile.parse(aliceDaemon.awaitLine(line -> line.contains(answer.path("id").asText()), DEADLINE));

            assertEquals(0, aliceDaemon.terminate(), () -> "Alice's daemon on SIGTERM: " + aliceDaemon.stderr());
            assertEquals(0, bobDaemon.terminate(), () -> "Bob's daemon on SIGTERM: " + bobDaemon.stderr());
            assertPrintedOnlyJson(bobDaemon, "hello");
            assertPrintedOnlyJson(aliceDaemon, "hello back");
            Conversation atAlice = new Conversation(alice.conversation("Bob"));
            atAlice.assertWellFormed("Bob");
            assertEquals(List.of("hello"), atAlice.textsFrom(Conversation.ME));
            assertEquals(List.of("hello back"), atAlice.textsFrom("Bob"));
        }
    }

    private static JsonNode sendBesideDaemon(PliProfile from, String to, String text) throws Exception {
        PliProcess.Result r = from.run("send", to, text, "--json");
        assertEquals(0, r.exitCode(), () -> "send beside a running daemon: " + r.stderr());
        assertFalse(r.stderr().contains("in use"), r.stderr());
        JsonNode sent = PliProfile.parse(r.stdout());
        assertEquals(text, sent.path("text").asText(), sent::toString);
        return sent;
    }

    /** The daemon's stdout is exactly one JSON object per received message: here, {@code text} once. */
    private static void assertPrintedOnlyJson(BackgroundPli daemon, String text) throws Exception {
        List<String> lines = daemon.stdout();
        assertEquals(1, lines.size(), () -> "stdout: " + lines);
        JsonNode message = PliProfile.parse(lines.get(0));
        assertTrue(message.isObject(), lines::toString);
        assertEquals(text, message.path("text").asText(), lines::toString);
    }
}

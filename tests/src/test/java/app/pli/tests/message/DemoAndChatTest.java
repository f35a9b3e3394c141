package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.cli.PliProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pli demo} tells its story and exits 0; {@code pli chat} works from piped input; and
 * bad input to {@code send}, {@code chat} and {@code messages} is refused with one clear line,
 * the right exit code, and nothing recorded.
 */
class DemoAndChatTest {
    @TempDir
    static Path dir;

    private static IntroducedPair pair;

    @BeforeAll
    static void introduce() throws Exception {
        pair = IntroducedPair.start(dir, PliProfile.Protection.UNATTENDED);
    }

    @AfterAll
    static void stopRelay() throws InterruptedException {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void demoTellsWhatTheRelaySaw() throws Exception {
        PliProcess.Result r = PliProcess.run("demo");
        assertEquals(0, r.exitCode(), () -> "pli demo: " + r.stdout() + r.stderr());
        PliProfile.assertNoStackTrace(r);
        assertTrue(r.stdout().lines().anyMatch(line -> line.contains("relay saw") && line.matches(".*\\d+ blocks.*")),
                r.stdout());
    }

    @Test
    void demoSummaryCountsThreeDeliveredMessages() throws Exception {
        PliProcess.Result r = PliProcess.run("demo", "--json");
        assertEquals(0, r.exitCode(), () -> "pli demo --json: " + r.stdout() + r.stderr());
        JsonNode summary = PliProfile.parse(r.stdout());
        assertTrue(summary.isObject(), r.stdout());
        assertEquals(3, summary.path("messages_delivered").asInt(-1), r.stdout());
        assertTrue(summary.path("relay_blocks_stored").asLong() > 0, r.stdout());
        assertTrue(summary.path("relay").asText().startsWith("pli-relay://"), r.stdout());
    }

    @Test
    void chatSendsTypedLinesAndLeavesOnQuit() throws Exception {
        PliProcess.Result r = pair.alice().runWithInput("hi from chat\n/quit\n", "chat", "Bob", "--no-lan");
        assertEquals(0, r.exitCode(), () -> "pli chat Bob: " + r.stdout() + r.stderr());
        PliProfile.assertNoStackTrace(r);
        assertTrue(r.stdout().contains("Bob ✓"), () -> "a verified contact is marked: " + r.stdout());
        assertTrue(r.stdout().contains("hi from chat"), r.stdout());

        pair.bob().sync();
        List<String> atBob = new Conversation(pair.bob().conversation("Alice")).textsFrom("Alice");
        assertEquals(1, atBob.stream().filter("hi from chat"::equals).count(), atBob::toString);
    }

    @Test
    void sendReadsTheTextFromStdinAfterADash() throws Exception {
        JsonNode sent = PliProfile.parse(pair.alice().okWithInput("a line\nand another\n", "send", "Bob", "-",
                "--json"));
        assertEquals("a line\nand another", sent.path("text").asText(), sent::toString);
        assertEquals("Bob", sent.path("to").asText(), sent::toString);
    }

    @Test
    void chatWithAnUnknownContactIsRefused() throws Exception {
        PliProfile.refused(pair.alice().runWithInput("/quit\n", "chat", "Nobody", "--no-lan"), "chat", "Nobody");
    }

    @Test
    void badSendsAreRefusedAndRecordNothing() throws Exception {
        PliProfile alice = pair.alice();
        int before = alice.conversation("Bob").size();
        alice.refused("send", "Nobody", "hello");
        alice.refused("send", "Bob", "");
        alice.refused("send", "Bob", "   ");
        alice.misused("send", "Bob");
        assertEquals(before, alice.conversation("Bob").size(), "a refused send records nothing");
    }

    @Test
    void messagesRefusesALimitBelowOne() throws Exception {
        assertTrue(pair.alice().misused("messages", "Bob", "--limit", "0").contains("--limit"));
    }
}

package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.cli.PliProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two daemons on the LAN of this machine (mDNS and direct links on 127.0.0.1 only): with
 * their relay killed, a message still arrives, over the direct Noise KK link, exactly once.
 */
class LanDaemonTest {
    /** mDNS needs a few seconds to resolve a record; a liveness bound, not a speed target. */
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void withTheRelayDownMessagesGoOverTheDirectLink() throws Exception {
        try (IntroducedPair pair = IntroducedPair.start(dir, PliProfile.Protection.UNATTENDED)) {
            pair.relay().kill();
            BackgroundPli aliceDaemon = pair.background(pair.alice(), "daemon", "--json", "--interface", "127.0.0.1");
            BackgroundPli bobDaemon = pair.background(pair.bob(), "daemon", "--json", "--interface", "127.0.0.1");
            Liveness.await("both daemons say where they are on the LAN", () -> onLoopback(aliceDaemon)
                    && onLoopback(bobDaemon));

            PliProcess.Result sent = pair.alice().run("send", "Bob", "over the LAN", "--json");
            assertEquals(0, sent.exitCode(), sent::stderr);
            JsonNode message = PliProfile.parse(sent.stdout());
            assertEquals("queued", message.path("status").asText(), "the relay is down: the send leaves it queued");

            JsonNode printed = PliProfile.parse(bobDaemon.awaitLine(
                    line -> line.contains(message.path("id").asText()), DEADLINE));
            assertEquals("over the LAN", printed.path("text").asText(), printed::toString);

            assertEquals(0, aliceDaemon.terminate(), () -> String.join("\n", aliceDaemon.stderr()));
            assertEquals(0, bobDaemon.terminate(), () -> String.join("\n", bobDaemon.stderr()));
            assertEquals(List.of("over the LAN"), new Conversation(pair.bob().conversation("Alice")).textsFrom("Alice"));
            assertTrue(bobDaemon.stdout().size() == 1, () -> "printed once: " + bobDaemon.stdout());
        }
    }

    /** Whether the daemon's status line (stderr in JSON mode) names the loopback LAN endpoint. */
    private static boolean onLoopback(BackgroundPli daemon) {
        return daemon.stderr().stream().anyMatch(line -> line.contains("LAN: ") && line.contains("127.0.0.1"));
    }
}

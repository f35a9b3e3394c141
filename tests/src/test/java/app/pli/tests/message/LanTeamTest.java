package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The isolated-team acceptance of the LAN issue on this machine's loopback (where network
 * namespaces are not available; {@code tests/scenarios/lan.sh} runs it across three
 * namespaces): three profiles without any relay, their daemons on 127.0.0.1; Alice invites
 * with {@code --lan --no-wait}, her daemon serves the endpoint; Bob accepts; both compare
 * codes, talk directly, and Bob gets what Alice sent while his daemon was down. Carol, a
 * stranger on the same LAN, gets nothing. The waits are {@link Liveness} bounds for a loaded
 * machine; the 20 s / 5 s bounds are checked by the scenario script.
 */
class LanTeamTest {
    private static final String LOOPBACK = "127.0.0.1";

    @TempDir
    Path dir;

    private final List<BackgroundPli> daemons = new ArrayList<>();

    @AfterEach
    void stopDaemons() throws InterruptedException {
        for (BackgroundPli daemon : daemons) {
            daemon.close();
        }
    }

    @Test
    void aTeamWithoutARelayMeetsAndTalksOnTheLan() throws Exception {
        PliProfile alice = PliProfile.init(dir.resolve("A"), "Alice", null, PliProfile.Protection.UNATTENDED);
        PliProfile bob = PliProfile.init(dir.resolve("B"), "Bob", null, PliProfile.Protection.UNATTENDED);
        PliProfile carol = PliProfile.init(dir.resolve("C"), "Carol", null, PliProfile.Protection.UNATTENDED);
        BackgroundPli aliceDaemon = daemon(alice);
        BackgroundPli bobDaemon = daemon(bob);
        BackgroundPli carolDaemon = daemon(carol);

        JsonNode invitation = alice.json("invite", "--lan", "--no-wait", "--json", "--interface", LOOPBACK);
        String code = invitation.path("code").asText();
        assertTrue(code.startsWith("PLI1"), invitation::toString);
        bob.json("accept", code, "--no-wait", "--json");
        Liveness.await("both sides list each other with a 4-digit code", () -> hasCode(alice, "Bob")
                && hasCode(bob, "Alice"));
        String bobsCode = bob.onlyContact().path("code").asText();
        String alicesCode = alice.onlyContact().path("code").asText();
        alice.ok("verify", "Bob", bobsCode);
        bob.ok("verify", "Alice", alicesCode);

        alice.send("Bob", "hello over the LAN");
        Liveness.await("Bob has the message", () -> texts(bob).contains("hello over the LAN"));
        assertEquals(List.of("hello over the LAN"), texts(bob), "exactly once");

        assertEquals(0, bobDaemon.terminate(), () -> String.join("\n", bobDaemon.stderr()));
        for (int i = 1; i <= 3; i++) {
            assertEquals("queued", alice.send("Bob", "while you were away " + i).path("status").asText());
        }
        daemon(bob);
        Liveness.await("Bob has the three messages", () -> texts(bob).size() == 4);
        assertEquals(List.of("hello over the LAN", "while you were away 1", "while you were away 2",
                "while you were away 3"), texts(bob), "all three, once each, in order");

        assertTrue(carol.json("contacts", "--json").isEmpty(), "the stranger holds no contact");
        assertTrue(carolDaemon.stdout().isEmpty(), () -> "the stranger received nothing: " + carolDaemon.stdout());
        assertTrue(aliceDaemon.isAlive() && carolDaemon.isAlive());
    }

    /** Starts the profile's daemon on loopback and waits until it says where it is on the LAN. */
    private BackgroundPli daemon(PliProfile profile) throws Exception {
        BackgroundPli daemon = new BackgroundPli(profile.start("daemon", "--json", "--interface", LOOPBACK));
        daemons.add(daemon);
        Liveness.await(profile + "'s daemon is on the LAN", () -> daemon.stderr().stream()
                .anyMatch(line -> line.contains("LAN: ") && line.contains(LOOPBACK)));
        return daemon;
    }

    private static boolean hasCode(PliProfile profile, String contact) throws Exception {
        JsonNode contacts = profile.json("contacts", "--json");
        return contacts.size() == 1 && contacts.get(0).path("name").asText().equals(contact)
                && contacts.get(0).path("code").asText().matches("[0-9]{4}");
    }

    private static List<String> texts(PliProfile profile) throws Exception {
        return new Conversation(profile.conversation("Alice")).textsFrom("Alice");
    }
}

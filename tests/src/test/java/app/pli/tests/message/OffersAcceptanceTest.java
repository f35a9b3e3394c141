package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance scenario of introductions by a mutual contact, across processes through a
 * real relay: Alicia, who met Bertrand and Carolina in person, introduces them (who never
 * met); both accept; they write to each other both ways; {@code contacts --json} shows
 * {@code trust: introduced}, {@code introduced_by: Alicia} on both sides. Every party's
 * daemon is killed (SIGKILL) and restarted between the steps: nothing is lost, nothing
 * doubled. A declined offer leaves no contact and no mailbox on the relay.
 */
class OffersAcceptanceTest {
    @TempDir
    Path dir;

    private IntroducedTrio trio;
    private RelayServer relay;
    private PliProfile alicia;
    private PliProfile bertrand;
    private PliProfile carolina;
    private final RelayDaemons daemons = new RelayDaemons();

    @BeforeEach
    void meet() throws Exception {
        trio = IntroducedTrio.start(dir);
        relay = trio.relay;
        alicia = trio.alicia;
        bertrand = trio.bertrand;
        carolina = trio.carolina;
    }

    @AfterEach
    void stop() throws InterruptedException {
        daemons.close();
        if (trio != null) {
            trio.close();
        }
    }

    @Test
    void theIntroducedPairTalksAndNothingIsLostOrDoubledThroughKilledDaemons() throws Exception {
        for (PliProfile profile : List.of(alicia, bertrand, carolina)) {
            daemons.start(profile);
        }
        JsonNode introduced = alicia.json("introduce", "Bertrand", "Carolina", "--message", "you should meet",
                "--json");
        String id = introduced.path("id").asText();
        assertTrue(id.matches("[0-9a-f]{32}"), introduced::toString);
        daemons.restart(alicia);

        Liveness.await("both see the offer", () -> pending(bertrand).size() == 1 && pending(carolina).size() == 1);
        JsonNode offer = pending(bertrand).get(0);
        assertEquals(id, offer.path("id").asText());
        assertEquals("Alicia", offer.path("introduced_by").asText());
        assertEquals("Carolina", offer.path("name").asText());
        assertEquals(carolina.json("id", "--json").path("fingerprint").asText(), offer.path("fingerprint").asText());
        assertEquals("you should meet", offer.path("note").asText());
        Instant.parse(offer.path("received_at").asText());

        bertrand.json("offers", "accept", id.substring(0, 8), "--json");
        daemons.restart(bertrand);
        carolina.json("offers", "accept", id, "--json");
        daemons.restart(carolina);

        Liveness.await("each lists the other, introduced by Alicia", () -> introducedBy(bertrand, "Carolina")
                && introducedBy(carolina, "Bertrand"));
        for (String text : List.of("b-1", "b-2")) {
            bertrand.send("Carolina", text);
        }
        daemons.restart(carolina);
        for (String text : List.of("c-1", "c-2")) {
            carolina.send("Bertrand", text);
        }
        daemons.restart(bertrand);
        Liveness.await("both have the other's messages and see theirs delivered", () ->
                new Conversation(carolina.conversation("Bertrand")).textsFrom("Bertrand").equals(List.of("b-1", "b-2"))
                && new Conversation(bertrand.conversation("Carolina")).textsFrom("Carolina")
                        .equals(List.of("c-1", "c-2"))
                && new Conversation(bertrand.conversation("Carolina")).allMineAre("delivered")
                && new Conversation(carolina.conversation("Bertrand")).allMineAre("delivered"));

        new Conversation(carolina.conversation("Bertrand")).assertWellFormed("Bertrand");
        new Conversation(bertrand.conversation("Carolina")).assertWellFormed("Carolina");
        assertEquals(2, bertrand.json("contacts", "--json").size(), "Alicia and Carolina, once each");
        assertEquals(2, carolina.json("contacts", "--json").size(), "Alicia and Bertrand, once each");
        assertTrue(pending(bertrand).isEmpty() && pending(carolina).isEmpty(), "no offer left open");
        assertEquals(2, alicia.json("contacts", "--json").size(), "the introducer learned of no new contact");
    }

    @Test
    void aDeclinedOfferLeavesNoContactAndNoMailboxOnTheRelay() throws Exception {
        int mailboxes = mailboxesOnTheRelay();
        String id = alicia.json("introduce", "Bertrand", "Carolina", "--json").path("id").asText();
        bertrand.sync();
        carolina.sync();
        JsonNode declined = bertrand.json("offers", "decline", id, "--json");
        assertEquals("declined", declined.path("state").asText(), declined::toString);
        JsonNode accepted = carolina.json("offers", "accept", id, "--json");
        assertEquals("accepted", accepted.path("state").asText(), accepted::toString);
        for (int round = 0; round < 2; round++) {
            carolina.sync();
            bertrand.sync();
        }

        assertTrue(Meetings.contact(bertrand, "Carolina").isEmpty());
        assertTrue(Meetings.contact(carolina, "Bertrand").isEmpty());
        assertTrue(pending(carolina).isEmpty(), "Carolina learned that Bertrand declined");
        assertEquals(mailboxes, mailboxesOnTheRelay(), "the offer's rendezvous and Carolina's new inbox are gone");
    }

    private static List<JsonNode> pending(PliProfile profile) throws Exception {
        List<JsonNode> offers = new ArrayList<>();
        profile.json("offers", "--json").forEach(offers::add);
        return offers;
    }

    private static boolean introducedBy(PliProfile profile, String name) throws Exception {
        return Meetings.contact(profile, name).map(c -> c.path("trust").asText().equals("introduced")
                && c.path("introduced_by").asText().equals("Alicia")).orElse(false);
    }

    private int mailboxesOnTheRelay() throws Exception {
        Path store = relay.data().resolve(app.pli.transport.relay.server.RelayServer.STORE_FILE);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
                Statement statement = c.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM relay_mailbox")) {
                count.next();
                return count.getInt(1);
            }
        }
    }
}

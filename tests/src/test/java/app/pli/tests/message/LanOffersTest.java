package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An introduction by a teammate on a LAN without any relay, across processes, daemons on
 * loopback: Alicia met Bertrand and Carolina with {@code invite --lan}; she introduces them;
 * the offers travel over her direct links, the two sides find each other by their rotating
 * mDNS names and exchange their hellos over a direct link of their own; then they talk.
 */
class LanOffersTest {
    @TempDir
    Path dir;

    private LanTrio trio;

    @AfterEach
    void stopDaemons() throws InterruptedException {
        if (trio != null) {
            trio.close();
        }
    }

    @Test
    void aRelayFreeTeamIntroducedByATeammateTalksOnTheLan() throws Exception {
        trio = LanTrio.start(dir);
        PliProfile alicia = trio.alicia;
        PliProfile bertrand = trio.bertrand;
        PliProfile carolina = trio.carolina;

        String id = alicia.json("introduce", "Bertrand", "Carolina", "--json").path("id").asText();
        Liveness.await("both see the offer", () -> offers(bertrand).size() == 1 && offers(carolina).size() == 1);
        bertrand.json("offers", "accept", id, "--json");
        carolina.json("offers", "accept", id, "--json");
        Liveness.await("each lists the other, introduced by Alicia",
                () -> introduced(bertrand, "Carolina") && introduced(carolina, "Bertrand"));

        bertrand.send("Carolina", "no relay between us");
        Liveness.await("Carolina has it", () -> new Conversation(carolina.conversation("Bertrand"))
                .textsFrom("Bertrand").equals(List.of("no relay between us")));
        carolina.send("Bertrand", "none at all");
        Liveness.await("Bertrand has the answer", () -> new Conversation(bertrand.conversation("Carolina"))
                .textsFrom("Carolina").equals(List.of("none at all")));
        assertEquals(2, carolina.json("contacts", "--json").size());
    }

    private static List<JsonNode> offers(PliProfile profile) throws Exception {
        List<JsonNode> offers = new ArrayList<>();
        profile.json("offers", "--json").forEach(offers::add);
        return offers;
    }

    private static boolean introduced(PliProfile profile, String name) throws Exception {
        return Meetings.contact(profile, name).map(c -> c.path("trust").asText().equals("introduced")
                && c.path("introduced_by").asText().equals("Alicia")).orElse(false);
    }
}

package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Introductions by a contact that must not work, as a user types them: each is one line on
 * stderr, exit 1, no stack trace, and changes neither the contacts nor the offers.
 */
class OffersBadInputTest {
    @TempDir
    Path dir;

    private IntroducedTrio trio;
    private PliProfile alicia;
    private PliProfile bertrand;
    private PliProfile carolina;

    @BeforeEach
    void meet() throws Exception {
        trio = IntroducedTrio.start(dir);
        alicia = trio.alicia;
        bertrand = trio.bertrand;
        carolina = trio.carolina;
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (trio != null) {
            trio.close();
        }
    }

    @Test
    void introducingAnsweringAndVerifyingAreRefusedWhereTheyCannotWork() throws Exception {
        theIntroducerIsRefusedOneselfAndStrangers();
        String id = answeringTwiceAnEndedOfferOrAnUnknownIdIsRefused();
        verifyingAnIntroducedContactTakesTheWholeSafetyCode(id);
    }

    @Test
    void anExpiredOfferOrOneForAContactCannotBeAccepted() throws Exception {
        anExpiredOfferCannotBeAccepted();
        anOfferForSomeoneAlreadyAContactJustSaysSo();
    }

    private void theIntroducerIsRefusedOneselfAndStrangers() throws Exception {
        String before = state(alicia);
        assertTrue(alicia.refused("introduce", "Bertrand", "Bertrand").contains("cannot be introduced to itself"));
        assertTrue(alicia.refused("introduce", "Bertrand", "Zoe").contains("\"Zoe\" is not one of your contacts"));
        assertTrue(alicia.refused("introduce", "Bertrand", "Carolina", "--ttl", "31d").contains("at most 30 days"));
        assertEquals(before, state(alicia));
    }

    /** Bertrand accepts, Carolina declines; returns the offer's id. */
    private String answeringTwiceAnEndedOfferOrAnUnknownIdIsRefused() throws Exception {
        String id = alicia.json("introduce", "Bertrand", "Carolina", "--json").path("id").asText();
        bertrand.sync();
        carolina.sync();

        bertrand.json("offers", "accept", id, "--json");
        String accepted = state(bertrand);
        assertTrue(bertrand.refused("offers", "accept", id).contains("accepted this offer already"));
        assertTrue(bertrand.refused("offers", "decline", id).contains("accepted this offer already"));
        assertEquals(accepted, state(bertrand));

        carolina.json("offers", "decline", id, "--json");
        String declined = state(carolina);
        assertTrue(carolina.refused("offers", "accept", id).contains("you declined this offer"));
        assertTrue(carolina.refused("offers", "accept", "ffffffff").contains("no offer has the id ffffffff"));
        assertTrue(carolina.refused("offers", "accept", "ab").contains("at least 4"));
        assertEquals(declined, state(carolina));
        return id;
    }

    private void anExpiredOfferCannotBeAccepted() throws Exception {
        String id = alicia.json("introduce", "Bertrand", "Carolina", "--ttl", "4s", "--json").path("id").asText();
        bertrand.sync();
        Thread.sleep(5_000);
        String before = state(bertrand);
        assertTrue(bertrand.refused("offers", "accept", id).contains("expired"));
        assertEquals(before, state(bertrand));
    }

    private void anOfferForSomeoneAlreadyAContactJustSaysSo() throws Exception {
        Meetings.meet(bertrand, "Bertrand", carolina, "Carolina");
        String id = alicia.json("introduce", "Bertrand", "Carolina", "--json").path("id").asText();
        bertrand.sync();
        String before = state(bertrand);
        String line = bertrand.refused("offers", "accept", id);
        assertTrue(line.contains("already your contact \"Carolina\""), line);
        assertEquals(before, state(bertrand));
    }

    /** After the first offer was declined, a second one that both accept. */
    private void verifyingAnIntroducedContactTakesTheWholeSafetyCode(String declinedId) throws Exception {
        String id = alicia.json("introduce", "Bertrand", "Carolina", "--json").path("id").asText();
        bertrand.sync();
        carolina.sync();
        bertrand.sync();
        bertrand.json("offers", "accept", id, "--json");
        carolina.sync();
        carolina.json("offers", "accept", id, "--json");
        bertrand.sync();
        assertTrue(bertrand.refused("offers", "accept", declinedId).contains("declined"), "the first one stays ended");

        String before = state(bertrand);
        assertTrue(bertrand.refused("verify", "Carolina", "1234").contains("all 60 digits"));
        assertTrue(bertrand.refused("verify", "Carolina", "0".repeat(60)).contains("stays introduced"));
        assertTrue(bertrand.refused("verify", "Alicia").contains("not introduced"));
        assertEquals(before, state(bertrand));

        JsonNode shown = bertrand.json("verify", "Carolina", "--json");
        String code = shown.path("safety_code").asText();
        assertEquals(code, carolina.json("verify", "Bertrand", "--json").path("safety_code").asText());
        assertEquals("Carolina is now verified in person", bertrand.ok("verify", "Carolina", code).strip());
        JsonNode verified = Meetings.contact(bertrand, "Carolina").orElseThrow();
        assertEquals("verified", verified.path("trust").asText());
        assertEquals("Alicia", verified.path("introduced_by").asText());
    }

    /** What a refused command must not change: the contacts and every offer, as JSON. */
    private static String state(PliProfile profile) throws Exception {
        return String.join("\n", List.of(profile.json("contacts", "--json").toString(),
                profile.json("offers", "--json").toString()));
    }
}

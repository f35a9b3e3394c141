package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance scenario of groups, across processes through a real relay: Alicia, who met
 * Bertrand, Carolina and Daniel in person, creates a group with Bertrand and Carolina (who
 * never met); both accept; each sends; everyone sees the three texts once, in order. Alicia
 * adds Daniel and removes Carolina, who gets nothing sent after. Daemons are killed
 * (SIGKILL) during sends and during membership changes, and {@code pli send --group} itself
 * at random moments: nothing is lost, nothing doubled.
 */
class GroupAcceptanceTest {
    private static final String GROUP = "Cabinet";

    @TempDir
    Path dir;

    private IntroducedTrio trio;
    private PliProfile alicia;
    private PliProfile bertrand;
    private PliProfile carolina;
    private PliProfile daniel;
    private final RelayDaemons daemons = new RelayDaemons();

    @BeforeEach
    void meet() throws Exception {
        trio = IntroducedTrio.start(dir);
        alicia = trio.alicia;
        bertrand = trio.bertrand;
        carolina = trio.carolina;
        daniel = PliProfile.init(dir.resolve("D"), "Daniel", trio.relay.address(), PliProfile.Protection.UNATTENDED);
        Meetings.meet(alicia, "Alicia", daniel, "Daniel");
    }

    @AfterEach
    void stop() throws InterruptedException {
        daemons.close();
        if (trio != null) {
            trio.close();
        }
    }

    @Test
    void strangersTalkInAGroupAndARemovedMemberGetsNothingMoreThroughKilledDaemons() throws Exception {
        for (PliProfile profile : List.of(alicia, bertrand, carolina, daniel)) {
            daemons.start(profile);
        }
        JsonNode created = alicia.json("group", "create", GROUP, "--json");
        String id = created.path("id").asText();
        assertTrue(id.matches("[0-9a-f]{32}"), created::toString);
        assertEquals(GROUP, created.path("name").asText());
        alicia.json("group", "add", GROUP, "Bertrand", "Carolina", "--json");
        daemons.restart(alicia); // killed right after a membership change

        Liveness.await("both are invited", () -> state(bertrand).equals("invited") && state(carolina).equals("invited"));
        JsonNode invitation = bertrand.json("group", "list", "--json").get(0);
        assertEquals(id, invitation.path("id").asText());
        assertEquals("member", invitation.path("role").asText());
        assertEquals(3, invitation.path("members").asInt());
        bertrand.json("group", "accept", GROUP, "--json");
        carolina.json("group", "accept", id.substring(0, 6), "--json");
        daemons.restart(carolina);
        Liveness.await("Bertrand and Carolina were introduced by Alicia", () -> trust(bertrand, "Carolina")
                .equals("introduced") && trust(carolina, "Bertrand").equals("introduced"));
        assertEquals(List.of("Alicia"), contactNames(bertrand), "a member met through the group is no contact");

        alicia.json("send", "--group", GROUP, "from Alicia", "--json");
        bertrand.json("send", "--group", GROUP, "from Bertrand", "--json");
        daemons.restart(bertrand); // killed right after a send
        carolina.json("send", "--group", GROUP, "from Carolina", "--json");
        List<String> three = List.of("from Alicia", "from Bertrand", "from Carolina");
        for (PliProfile member : List.of(alicia, bertrand, carolina)) {
            Liveness.await(member + " sees the three texts, delivered", () -> texts(member).equals(three)
                    && allMineDelivered(member));
        }
        JsonNode mine = groupMessages(bertrand).stream().filter(m -> m.path("from").asText().equals("me"))
                .findFirst().orElseThrow();
        assertEquals(GROUP, mine.path("to").asText());
        assertEquals(2, mine.path("deliveries").size(), mine::toString);
        JsonNode theirs = groupMessages(alicia).get(2);
        assertEquals("Carolina", theirs.path("from").asText());
        assertEquals(GROUP, theirs.path("group").asText());

        alicia.json("group", "add", GROUP, "Daniel", "--json");
        daemons.restart(alicia);
        Liveness.await("Daniel is invited", () -> state(daniel).equals("invited"));
        daniel.json("group", "accept", GROUP, "--json");
        Liveness.await("Daniel met Bertrand and Carolina", () -> trust(daniel, "Bertrand").equals("introduced")
                && trust(daniel, "Carolina").equals("introduced"));
        JsonNode removed = alicia.json("group", "remove", GROUP, "Carolina", "--json");
        assertEquals(4, removed.path("version").asInt(), removed::toString);
        daemons.restart(carolina);
        Liveness.await("Carolina learned she was removed; the others see three members", () ->
                state(carolina).equals("removed") && members(bertrand) == 3 && members(daniel) == 3);
        bertrand.json("send", "--group", GROUP, "after Carolina", "--json");
        daniel.json("send", "--group", GROUP, "from Daniel", "--json");
        for (PliProfile member : List.of(alicia, bertrand, daniel)) {
            Liveness.await(member + " sees the two later texts", () -> texts(member).containsAll(
                    List.of("after Carolina", "from Daniel")) && allMineDelivered(member));
        }
        assertEquals(List.of("after Carolina", "from Daniel"), texts(daniel), "Daniel sees what came after him");
        Thread.sleep(2_000); // what Carolina could still receive would have come by now
        assertEquals(three, texts(carolina), "Carolina gets nothing sent after her removal");
        for (PliProfile member : List.of(alicia, bertrand, carolina, daniel)) {
            assertOnceEach(member);
        }
        for (PliProfile member : List.of(alicia, bertrand, daniel)) {
            assertEquals(withoutTrust(show(alicia).path("members")), withoutTrust(show(member).path("members")),
                    "every member sees the same state");
        }
    }

    @Test
    void aSendKilledAtAnyMomentIsEitherEverywhereOnceOrNowhere() throws Exception {
        alicia.json("group", "create", GROUP, "--json");
        alicia.json("group", "add", GROUP, "Bertrand", "Carolina", "--json");
        bertrand.sync();
        carolina.sync();
        bertrand.json("group", "accept", GROUP, "--json");
        carolina.json("group", "accept", GROUP, "--json");
        Random random = new Random(20261204);
        Set<String> attempted = new LinkedHashSet<>();
        for (int i = 0; i < 6; i++) {
            String text = "attempt " + i;
            attempted.add(text);
            BackgroundPli send = new BackgroundPli(alicia.start("send", "--group", GROUP, text, "--json"));
            try {
                Thread.sleep(200 + random.nextInt(1_200));
            } finally {
                send.kill();
            }
        }
        for (PliProfile profile : List.of(alicia, bertrand, carolina, alicia, bertrand, carolina)) {
            profile.sync();
        }
        List<String> kept = texts(alicia);
        assertTrue(attempted.containsAll(kept), kept::toString);
        for (PliProfile member : List.of(bertrand, carolina)) {
            Liveness.await(member + " has exactly what Alicia kept", () -> {
                for (PliProfile profile : List.of(alicia, bertrand, carolina)) {
                    profile.sync();
                }
                return texts(member).equals(kept);
            });
            assertOnceEach(member);
        }
    }

    private static String state(PliProfile profile) throws Exception {
        JsonNode groups = profile.json("group", "list", "--json");
        return groups.size() == 0 ? "none" : groups.get(0).path("state").asText();
    }

    private static JsonNode show(PliProfile profile) throws Exception {
        return profile.json("group", "show", GROUP, "--json");
    }

    private static int members(PliProfile profile) throws Exception {
        return show(profile).path("members").size();
    }

    private static String trust(PliProfile profile, String member) throws Exception {
        for (JsonNode m : show(profile).path("members")) {
            if (m.path("name").asText().equals(member)) {
                return m.path("trust").asText();
            }
        }
        return "absent";
    }

    private static JsonNode withoutTrust(JsonNode members) {
        com.fasterxml.jackson.databind.node.ArrayNode copy = members.deepCopy();
        copy.forEach(m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m).remove("trust"));
        return copy;
    }

    private static List<JsonNode> groupMessages(PliProfile profile) throws Exception {
        List<JsonNode> messages = new ArrayList<>();
        profile.json("messages", "--group", GROUP, "--json").forEach(messages::add);
        return messages;
    }

    private static List<String> texts(PliProfile profile) throws Exception {
        return groupMessages(profile).stream().map(m -> m.path("text").asText()).toList();
    }

    private static boolean allMineDelivered(PliProfile profile) throws Exception {
        return groupMessages(profile).stream().filter(m -> m.path("from").asText().equals("me"))
                .allMatch(m -> m.path("status").asText().equals("delivered"));
    }

    private static List<String> contactNames(PliProfile profile) throws Exception {
        List<String> names = new ArrayList<>();
        profile.json("contacts", "--json").forEach(c -> names.add(c.path("name").asText()));
        return names;
    }

    private static void assertOnceEach(PliProfile profile) throws Exception {
        List<String> ids = groupMessages(profile).stream().map(m -> m.path("id").asText()).toList();
        assertEquals(ids.size(), new LinkedHashSet<>(ids).size(), () -> profile + " shows a text twice: " + ids);
    }
}

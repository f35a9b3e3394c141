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
 * A group on a LAN without any relay, across processes, daemons on loopback: Alicia met
 * Bertrand and Carolina with {@code invite --lan}; she makes a group of the three; the
 * versions and her introduction travel over direct links, Bertrand and Carolina find each
 * other by mDNS, and every text reaches every member.
 */
class LanGroupTest {
    private static final String GROUP = "Field team";

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
    void aRelayFreeTeamTalksAsAGroupOnTheLan() throws Exception {
        trio = LanTrio.start(dir);
        PliProfile alicia = trio.alicia;
        PliProfile bertrand = trio.bertrand;
        PliProfile carolina = trio.carolina;

        alicia.json("group", "create", GROUP, "--json");
        alicia.json("group", "add", GROUP, "Bertrand", "Carolina", "--json");
        Liveness.await("both are invited", () -> invited(bertrand) && invited(carolina));
        bertrand.json("group", "accept", GROUP, "--json");
        carolina.json("group", "accept", GROUP, "--json");
        try {
            Liveness.await("Bertrand and Carolina met through the group", () ->
                    trust(bertrand, "Carolina").equals("introduced") && trust(carolina, "Bertrand").equals("introduced"));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; offers: " + bertrand.json("offers", "--json") + " / "
                    + carolina.json("offers", "--json") + "; daemons said: " + trio.daemonsSaid(), e);
        }

        List<String> texts = List.of("from Alicia", "from Bertrand", "from Carolina");
        alicia.json("send", "--group", GROUP, texts.get(0), "--json");
        bertrand.json("send", "--group", GROUP, texts.get(1), "--json");
        carolina.json("send", "--group", GROUP, texts.get(2), "--json");
        for (PliProfile member : List.of(alicia, bertrand, carolina)) {
            Liveness.await(member + " has the three texts", () -> texts(member).equals(texts));
        }
    }

    private static boolean invited(PliProfile profile) throws Exception {
        JsonNode groups = profile.json("group", "list", "--json");
        return groups.size() == 1 && groups.get(0).path("state").asText().equals("invited");
    }

    private static String trust(PliProfile profile, String member) throws Exception {
        for (JsonNode m : profile.json("group", "show", GROUP, "--json").path("members")) {
            if (m.path("name").asText().equals(member)) {
                return m.path("trust").asText();
            }
        }
        return "absent";
    }

    private static List<String> texts(PliProfile profile) throws Exception {
        List<String> texts = new ArrayList<>();
        profile.json("messages", "--group", GROUP, "--json").forEach(m -> texts.add(m.path("text").asText()));
        return texts;
    }
}

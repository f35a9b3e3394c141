package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commands that must not work, as a user types them: each is one line on stderr, exit
 * 1 (exit 2 for a malformed command line), no stack trace, and changes neither the groups
 * nor their messages.
 */
class GroupBadInputTest {
    @TempDir
    Path dir;

    private IntroducedTrio trio;
    private PliProfile alicia;
    private PliProfile bertrand;

    @BeforeEach
    void meet() throws Exception {
        trio = IntroducedTrio.start(dir);
        alicia = trio.alicia;
        bertrand = trio.bertrand;
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (trio != null) {
            trio.close();
        }
    }

    @Test
    void unknownNamesStrangersAndMembersWhoAreNotAdminsAreRefused() throws Exception {
        alicia.json("group", "create", "Cabinet", "--json");
        alicia.json("group", "add", "Cabinet", "Bertrand", "--json");
        bertrand.sync();
        bertrand.json("group", "accept", "Cabinet", "--json");
        String before = state(alicia);
        assertTrue(alicia.refused("group", "show", "Nope").contains("no group is named \"Nope\""));
        assertTrue(alicia.refused("group", "add", "Nope", "Bertrand").contains("no group is named"));
        assertTrue(alicia.refused("group", "add", "Cabinet", "Zoe").contains("\"Zoe\" is not one of your contacts"));
        assertTrue(alicia.refused("group", "add", "Cabinet", "Carolina", "Zoe").contains("Zoe"),
                "one unknown contact refuses the whole step");
        assertTrue(alicia.refused("group", "add", "Cabinet", "Bertrand").contains("already a member"));
        assertTrue(alicia.refused("group", "remove", "Cabinet", "Nobody").contains("no member of this group"));
        assertTrue(alicia.refused("group", "remove", "Cabinet", "Alicia").contains("leave the group"));
        assertTrue(alicia.refused("group", "create", "Cabinet").contains("another of your groups is named"));
        assertTrue(alicia.refused("group", "create", " ").contains("group name"));
        assertTrue(alicia.refused("group", "promote", "Cabinet", "Alicia").contains("an admin already"));
        assertEquals(before, state(alicia));
    }

    @Test
    void aMemberCannotChangeTheGroupAndAnInvitationIsAnsweredOnce() throws Exception {
        alicia.json("group", "create", "Cabinet", "--json");
        alicia.json("group", "add", "Cabinet", "Bertrand", "--json");
        bertrand.sync();
        String before = state(bertrand);
        assertTrue(bertrand.refused("send", "--group", "Cabinet", "hello").contains("accept the invitation"));
        assertTrue(bertrand.refused("group", "rename", "Cabinet", "Mine").contains("accept the invitation"));
        assertEquals(before, state(bertrand));
        bertrand.json("group", "accept", "Cabinet", "--json");
        String member = state(bertrand);
        assertTrue(bertrand.refused("group", "accept", "Cabinet").contains("not invited"));
        assertTrue(bertrand.refused("group", "decline", "Cabinet").contains("not invited"));
        assertTrue(bertrand.refused("group", "rename", "Cabinet", "Mine").contains("only an admin"));
        assertTrue(bertrand.refused("group", "remove", "Cabinet", "Alicia").contains("only an admin"));
        assertTrue(bertrand.refused("send", "--group", "Cabinet", " ").contains("empty"));
        assertTrue(bertrand.misused("messages", "Alicia", "--group", "Cabinet").contains("CONTACT, or a group"));
        assertTrue(bertrand.misused("group").contains("name a subcommand"));
        assertEquals(member, state(bertrand));
    }

    @Test
    void twoGroupsWithOneNameAreNamedByTheirIds() throws Exception {
        String first = alicia.json("group", "create", "Cabinet", "--json").path("id").asText();
        alicia.json("group", "add", "Cabinet", "Bertrand", "--json");
        String second = alicia.json("group", "create", "Team", "--json").path("id").asText();
        alicia.json("group", "add", "Team", "Bertrand", "--json");
        alicia.json("group", "promote", "Team", "Bertrand", "--json");
        bertrand.sync();
        bertrand.json("group", "accept", "Cabinet", "--json");
        bertrand.json("group", "accept", "Team", "--json");
        // Two admins rename at once, each to a name free on their side: Bertrand ends with two "Board"s.
        alicia.json("group", "rename", "Cabinet", "Board", "--json");
        bertrand.json("group", "rename", "Team", "Board", "--json");
        bertrand.sync();
        String ambiguous = bertrand.refused("send", "--group", "Board", "hello");
        assertTrue(ambiguous.contains(first.substring(0, 8)) && ambiguous.contains(second.substring(0, 8)),
                ambiguous);
        bertrand.json("send", "--group", first.substring(0, 8), "hello by id", "--json");
        assertEquals(List.of("hello by id"), texts(bertrand, first.substring(0, 8)));
        assertTrue(bertrand.refused("group", "show", "zzzz").contains("no group is named \"zzzz\""));
    }

    private static List<String> texts(PliProfile profile, String group) throws Exception {
        return java.util.stream.StreamSupport.stream(profile.json("messages", "--group", group, "--json")
                .spliterator(), false).map(m -> m.path("text").asText()).toList();
    }

    private static String state(PliProfile profile) throws Exception {
        StringBuilder state = new StringBuilder(profile.json("group", "list", "--json").toString());
        for (var group : profile.json("group", "list", "--json")) {
            String id = group.path("id").asText();
            state.append('\n').append(profile.json("group", "show", id, "--json"))
                    .append('\n').append(profile.json("messages", "--group", id, "--json"));
        }
        return state.toString();
    }
}

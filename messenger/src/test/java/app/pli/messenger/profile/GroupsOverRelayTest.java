package app.pli.messenger.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.identity.group.GroupException;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.GroupDetails;
import app.pli.messenger.api.GroupInfo;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.testing.TestPair;
import app.pli.messenger.testing.TestProfiles;
import app.pli.messenger.testing.TestRelay;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group through a real relay in this process, by sync alone: Alicia creates it with
 * Bertrand and Carolina, who never met; they accept, are introduced to each other by her,
 * and everyone sees every text once, in order. Daniel joins; Carolina is removed and gets
 * nothing sent after.
 */
class GroupsOverRelayTest {
    @TempDir
    Path dir;

    private TestRelay relay;
    private Messenger alicia;
    private Messenger bertrand;
    private Messenger carolina;
    private Messenger daniel;
    private List<Messenger> everyone;

    @BeforeEach
    void meet() throws PliException {
        relay = TestRelay.start(dir.resolve("relay"));
        ProfileService service = TestProfiles.service();
        alicia = TestProfiles.create(service, dir.resolve("A"), "Alicia", relay.address());
        bertrand = TestProfiles.create(service, dir.resolve("B"), "Bertrand", relay.address());
        carolina = TestProfiles.create(service, dir.resolve("C"), "Carolina", relay.address());
        daniel = TestProfiles.create(service, dir.resolve("D"), "Daniel", relay.address());
        everyone = List.of(alicia, bertrand, carolina, daniel);
        TestPair.meet(alicia, "Alicia", bertrand, "Bertrand");
        TestPair.meet(alicia, "Alicia", carolina, "Carolina");
        TestPair.meet(alicia, "Alicia", daniel, "Daniel");
    }

    @AfterEach
    void stop() throws PliException {
        for (Messenger side : everyone) {
            side.close();
        }
        relay.close();
    }

    @Test
    void membersWhoNeverMetTalkAndARemovedMemberGetsNothingMore() throws Exception {
        GroupInfo created = alicia.groups().create("Cabinet");
        assertEquals("admin", created.role());
        alicia.groups().add("Cabinet", List.of("Bertrand", "Carolina"));
        settle(() -> invited(bertrand) && invited(carolina));
        assertEquals("invited", only(bertrand.groups().list()).state());
        bertrand.groups().accept("Cabinet");
        carolina.groups().accept(created.id().substring(0, 6));
        settle(() -> trust(bertrand, "Carolina").equals("introduced") && trust(carolina, "Bertrand").equals("introduced"));
        assertTrue(bertrand.contacts().stream().noneMatch(c -> c.name().startsWith("Carolina")),
                "a member met through the group is not among the contacts");

        alicia.groups().send("Cabinet", "from Alicia");
        bertrand.groups().send("Cabinet", "from Bertrand");
        carolina.groups().send("Cabinet", "from Carolina");
        settle(() -> texts(alicia).size() == 3 && texts(bertrand).size() == 3 && texts(carolina).size() == 3
                && delivered(alicia) && delivered(bertrand) && delivered(carolina));
        for (Messenger side : List.of(alicia, bertrand, carolina)) {
            assertEquals(List.of("from Alicia", "from Bertrand", "from Carolina"), texts(side));
        }
        MessageInfo mine = bertrand.groups().messages("Cabinet", 10).stream().filter(MessageInfo::outgoing)
                .findFirst().orElseThrow();
        assertEquals(List.of(new MessageInfo.Delivery("Alicia", "delivered"),
                new MessageInfo.Delivery("Carolina", "delivered")), mine.deliveries());
        MessageInfo fromCarolina = alicia.groups().messages("Cabinet", 1).get(0);
        assertEquals("Carolina", fromCarolina.contact());
        assertEquals(Optional.of("Cabinet"), fromCarolina.group());

        alicia.groups().add("Cabinet", List.of("Daniel"));
        settle(() -> invited(daniel));
        daniel.groups().accept("Cabinet");
        settle(() -> trust(daniel, "Bertrand").equals("introduced") && trust(daniel, "Carolina").equals("introduced")
                && trust(bertrand, "Daniel").equals("introduced"));
        GroupDetails removed = alicia.groups().remove("Cabinet", "Carolina");
        assertEquals(4, removed.version());
        settle(() -> state(carolina).equals("removed") && bertrand.groups().show("Cabinet").members().size() == 3);
        bertrand.groups().send("Cabinet", "after Carolina left");
        daniel.groups().send("Cabinet", "hello from Daniel");
        settle(() -> texts(alicia).size() == 5 && texts(bertrand).size() == 5 && texts(daniel).size() == 2);
        assertEquals(List.of("after Carolina left", "hello from Daniel"), texts(daniel),
                "a new member sees what is sent after it joined");
        assertEquals(3, texts(carolina).size(), "Carolina gets nothing sent after her removal");
        GroupException gone = assertThrows(GroupException.class, () -> carolina.groups().send("Cabinet", "hello?"));
        assertTrue(gone.getMessage().contains("no longer"), gone.getMessage());
        for (Messenger side : List.of(bertrand, daniel)) {
            assertEquals(membership(alicia), membership(side), "every member sees the same state");
        }

        ContactInfo promoted = bertrand.groups().addContact("Cabinet", "Daniel", Optional.of("Dan"));
        assertEquals("Dan", promoted.name());
        assertTrue(bertrand.contacts().stream().anyMatch(c -> c.name().equals("Dan")));
    }

    /** Syncs everyone until {@code done} holds (at most 12 rounds). */
    private void settle(ThrowingCondition done) throws Exception {
        for (int round = 0; round < 12; round++) {
            if (done.holds()) {
                return;
            }
            for (Messenger side : everyone) {
                side.sync();
            }
        }
        assertTrue(done.holds(), "the group did not settle in 12 sync rounds");
    }

    @FunctionalInterface
    private interface ThrowingCondition {
        boolean holds() throws Exception;
    }

    private static boolean invited(Messenger side) throws PliException {
        return side.groups().list().stream().anyMatch(g -> g.state().equals("invited"));
    }

    private static String state(Messenger side) throws PliException {
        return only(side.groups().list()).state();
    }

    private static String trust(Messenger side, String member) throws PliException {
        return side.groups().show("Cabinet").members().stream().filter(m -> m.name().equals(member))
                .map(GroupDetails.Member::trust).findFirst().orElse("absent");
    }

    private static List<String> texts(Messenger side) throws PliException {
        return side.groups().messages("Cabinet", 100).stream().map(MessageInfo::text).toList();
    }

    private static boolean delivered(Messenger side) throws PliException {
        return side.groups().messages("Cabinet", 100).stream().filter(MessageInfo::outgoing)
                .allMatch(m -> m.status().equals("delivered"));
    }

    private static <T> T only(List<T> items) {
        assertEquals(1, items.size(), items::toString);
        return items.get(0);
    }

    private static List<String> membership(Messenger side) throws PliException {
        GroupDetails group = side.groups().show("Cabinet");
        return group.members().stream().map(m -> group.version() + ":" + m.name() + ":" + m.role()).toList();
    }
}

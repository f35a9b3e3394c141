package app.pli.messenger.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.identity.contact.ContactNotFoundException;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.conversation.InvalidTextException;
import app.pli.messenger.testing.TestPair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages between two introduced profiles through a real relay in this process, by sync alone. */
class MessagingOverRelayTest {
    @TempDir
    Path dir;

    private TestPair pair;

    @BeforeEach
    void introduce() throws PliException {
        pair = TestPair.introduced(dir);
    }

    @AfterEach
    void stop() throws PliException {
        pair.close();
    }

    @Test
    void textsArriveOnceInOrderAndTurnDelivered() throws PliException {
        for (int i = 1; i <= 30; i++) {
            MessageInfo sent = pair.alice.send(TestPair.BOB, "a-" + i);
            assertEquals("sent", sent.status(), "the relay was up, so the send reached it");
        }
        pair.bob.send(TestPair.ALICE, "b-1");

        for (int round = 0; round < 3; round++) {
            pair.bob.sync();
            pair.alice.sync();
        }

        List<MessageInfo> atBob = pair.bob.messages(TestPair.ALICE, Integer.MAX_VALUE);
        List<String> fromAlice = atBob.stream().filter(m -> !m.outgoing()).map(MessageInfo::text).toList();
        assertEquals(IntStream.rangeClosed(1, 30).mapToObj(i -> "a-" + i).toList(), fromAlice);
        List<MessageInfo> atAlice = pair.alice.messages(TestPair.BOB, Integer.MAX_VALUE);
        assertEquals(List.of("b-1"), atAlice.stream().filter(m -> !m.outgoing()).map(MessageInfo::text).toList());
        assertTrue(atAlice.stream().filter(MessageInfo::outgoing).allMatch(m -> m.status().equals("delivered")),
                "every text of Alice's has Bob's receipt: " + atAlice);
        assertEquals(31, atAlice.size());
    }

    @Test
    void aSendWhileTheRelayIsDownIsQueuedAndGoesOutAtTheNextSync() throws PliException {
        pair.relay.stop();
        MessageInfo queued = pair.alice.send(TestPair.BOB, "while down");
        assertEquals("queued", queued.status());
        pair.relay.restart();

        pair.alice.sync();
        assertEquals("sent", pair.alice.messages(TestPair.BOB, 1).get(0).status());
        pair.bob.sync();
        assertEquals(List.of("while down"), texts(pair.bob.messages(TestPair.ALICE, 10)));
    }

    @Test
    void aLongTextSpansSeveralBlocksAndArrivesWhole() throws PliException {
        String text = "x".repeat(64 * 1024 - 3) + "end";
        pair.alice.send(TestPair.BOB, text);
        pair.bob.sync();
        assertEquals(List.of(text), texts(pair.bob.messages(TestPair.ALICE, 10)));
    }

    @Test
    void badTextsAndUnknownContactsAreRefusedWithNothingQueued() throws PliException {
        assertThrows(InvalidTextException.class, () -> pair.alice.send(TestPair.BOB, "  "));
        assertThrows(InvalidTextException.class, () -> pair.alice.send(TestPair.BOB, "y".repeat(64 * 1024 + 1)));
        assertThrows(ContactNotFoundException.class, () -> pair.alice.send("Mallory", "hi"));
        assertEquals(List.of(), pair.alice.messages(TestPair.BOB, 10));
    }

    @Test
    void aSecondHandleOnTheSameProfileSeesTheSameConversation() throws PliException {
        pair.alice.send(TestPair.BOB, "one");
        try (Messenger again = pair.openAliceAgain()) {
            again.send(TestPair.BOB, "two");
        }
        pair.bob.sync();
        assertEquals(List.of("one", "two"), texts(pair.bob.messages(TestPair.ALICE, 10)));
    }

    @Test
    void noStoreHoldsATextInClear() throws PliException, java.io.IOException {
        String secret = "Quetzalcoatl-rendezvous-at-dawn";
        pair.alice.send(TestPair.BOB, secret);
        pair.bob.sync();
        pair.bob.send(TestPair.ALICE, secret + "-ack");
        pair.alice.sync();
        assertEquals(1, pair.bob.messages(TestPair.ALICE, 10).stream().filter(m -> m.text().equals(secret)).count());

        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(raw.contains("Quetzalcoatl"), file + " holds a text in clear");
        }
    }

    private static List<String> texts(List<MessageInfo> messages) {
        return messages.stream().map(MessageInfo::text).toList();
    }
}

package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance scenario of issue 5, exactly as a user types it, every command its own
 * process: after the introduction, Alice sends 100 messages while Bob is offline, Bob answers
 * once, and at most three alternating rounds of {@code sync} bring every message across once,
 * in order, and every receipt back. Then no file of either profile or of the relay holds a
 * text in clear.
 */
class MessagingAcceptanceTest {
    private static final int MESSAGES = 100;
    private static final int MAX_ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    void hundredMessagesArriveOnceInOrderAreDeliveredAndNeverStoredInClear() throws Exception {
        try (IntroducedPair pair = IntroducedPair.start(dir, PliProfile.Protection.PASSPHRASE)) {
            PliProfile alice = pair.alice();
            PliProfile bob = pair.bob();
            List<String> aliceTexts = IntStream.rangeClosed(1, MESSAGES).mapToObj(i -> "a-" + i).toList();
            Set<String> ids = new HashSet<>();
            for (String text : aliceTexts) {
                JsonNode sent = alice.send("Bob", text);
                assertEquals("sent", sent.path("status").asText(), () -> "the relay runs, yet: " + sent);
                assertTrue(ids.add(sent.path("id").asText()), () -> "an id given twice: " + sent);
            }
            bob.send("Alice", "b-1");

            for (int round = 1; round <= MAX_ROUNDS && !settled(alice, bob, aliceTexts); round++) {
                bob.sync();
                alice.sync();
            }

            Conversation atBob = new Conversation(bob.conversation("Alice"));
            atBob.assertWellFormed("Alice");
            assertEquals(aliceTexts, atBob.textsFrom("Alice"), "Bob sees a-1..a-100, in order, each once");
            assertEquals(List.of("b-1"), atBob.textsFrom(Conversation.ME));
            assertEquals(Set.copyOf(atBob.idsFrom("Alice")), ids, "under the ids Alice's sends printed");
            Conversation atAlice = new Conversation(alice.conversation("Bob"));
            atAlice.assertWellFormed("Bob");
            assertEquals(List.of("b-1"), atAlice.textsFrom("Bob"), "Alice sees b-1 once");
            assertEquals(aliceTexts, atAlice.textsFrom(Conversation.ME));
            assertTrue(atAlice.allMineAre("delivered"), () -> "not all delivered: " + atAlice.messages());

            assertNoTextInClear(pair);
        }
    }

    private static boolean settled(PliProfile alice, PliProfile bob, List<String> aliceTexts) throws Exception {
        Conversation atAlice = new Conversation(alice.conversation("Bob"));
        return new Conversation(bob.conversation("Alice")).textsFrom("Alice").equals(aliceTexts)
                && atAlice.textsFrom("Bob").contains("b-1") && atAlice.allMineAre("delivered");
    }

    /**
     * "a-17" is too short to search for meaningfully, so one long, unique text goes each way
     * through the same commands (Bob's through {@code send -} on stdin) before the scan.
     */
    private static void assertNoTextInClear(IntroducedPair pair) throws Exception {
        PliProfile alice = pair.alice();
        PliProfile bob = pair.bob();
        String fromAlice = "zebra-quartz-" + randomHex();
        String fromBob = "lantern-ochre-" + randomHex();
        alice.send("Bob", fromAlice);
        assertEquals(fromBob, PliProfile.parse(bob.okWithInput(fromBob + "\n", "send", "Alice", "-", "--json"))
                .path("text").asText());
        for (int round = 1; round <= MAX_ROUNDS && !(received(bob, "Alice", fromAlice)
                && received(alice, "Bob", fromBob)); round++) {
            bob.sync();
            alice.sync();
        }
        assertTrue(received(bob, "Alice", fromAlice), "Bob got the long text");
        assertTrue(received(alice, "Bob", fromBob), "Alice got the long text");

        PlaintextScan scan = PlaintextScan.of(alice.dir(), bob.dir(), pair.relay().data());
        for (Path root : List.of(alice.dir(), bob.dir(), pair.relay().data())) {
            assertTrue(scan.files().stream().anyMatch(f -> f.startsWith(root) && f.toString().endsWith(".db")),
                    () -> "no database found under " + root + ": " + scan.files());
        }
        for (String text : List.of(fromAlice, fromBob)) {
            assertEquals(List.of(), scan.filesHolding(text), "files holding \"" + text + "\" in clear");
        }
    }

    private static boolean received(PliProfile profile, String contact, String text) throws Exception {
        return new Conversation(profile.conversation(contact)).textsFrom(contact).contains(text);
    }

    private static String randomHex() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

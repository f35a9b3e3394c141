package app.pli.messenger.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.OnlineListener;
import app.pli.messenger.api.OnlineSession;
import app.pli.messenger.testing.TestPair;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two profiles online at once: pushed delivery, another handle's sends, receipts, a relay restart. */
class OnlineSessionTest {
    /** A liveness bound for a loaded machine, not a speed target. */
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path dir;

    private TestPair pair;
    private final LinkedBlockingQueue<MessageInfo> atBob = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<MessageInfo> atAlice = new LinkedBlockingQueue<>();

    @BeforeEach
    void introduce() throws PliException {
        pair = TestPair.introduced(dir);
    }

    @AfterEach
    void stop() throws PliException {
        pair.close();
    }

    @Test
    void messagesFlowBothWaysAndTurnDelivered() throws Exception {
        try (OnlineSession bob = pair.bob.goOnline(atBob::add);
                OnlineSession alice = pair.alice.goOnline(atAlice::add)) {
            MessageInfo sent = alice.send(TestPair.BOB, "pushed");
            assertEquals("queued", sent.status());
            assertEquals("pushed", next(atBob).text());
            bob.send(TestPair.ALICE, "back");
            MessageInfo back = next(atAlice);
            assertEquals("back", back.text());
            assertEquals(TestPair.BOB, back.contact());
            waitUntilDelivered(pair.alice, 1);
        }
    }

    @Test
    void theOnlineLoopDeliversWhatAnotherHandleQueued() throws Exception {
        try (OnlineSession bob = pair.bob.goOnline(atBob::add);
                OnlineSession alice = pair.alice.goOnline(atAlice::add)) {
            pair.relay.stop();
            try (Messenger otherProcess = pair.openAliceAgain()) {
                assertEquals("queued", otherProcess.send(TestPair.BOB, "from pli send").status());
            }
            pair.relay.restart();
            assertEquals("from pli send", next(atBob).text());
        }
    }

    @Test
    void introductionsAdvanceWhileOnline() throws Exception {
        LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        Messenger carol = app.pli.messenger.testing.TestProfiles.create(pair.service, dir.resolve("C"), "Carol",
                pair.relay.address());
        try (carol; OnlineSession alice = pair.alice.goOnline(new OnlineListener() {
            @Override
            public void received(MessageInfo message) {
                atAlice.add(message);
            }

            @Override
            public void introductionAdvanced() {
                events.add("advanced");
            }
        })) {
            carol.accept(pair.alice.invite(java.time.Duration.ofHours(1)).code(), java.util.Optional.empty());
            assertNotNull(events.poll(WAIT_SECONDS, TimeUnit.SECONDS), "the online loop answered Carol's M1");
            assertTrue(pair.alice.contacts().stream().anyMatch(c -> c.name().equals("Carol")));
        }
    }

    private static MessageInfo next(LinkedBlockingQueue<MessageInfo> queue) throws InterruptedException {
        MessageInfo message = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(message, "no message arrived within " + WAIT_SECONDS + " s");
        return message;
    }

    private static void waitUntilDelivered(Messenger side, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        List<MessageInfo> mine = List.of();
        while (System.nanoTime() < deadline) {
            mine = side.messages(TestPair.BOB, 100).stream().filter(MessageInfo::outgoing).toList();
            if (mine.size() == count && mine.stream().allMatch(m -> m.status().equals("delivered"))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not delivered: " + mine);
    }
}

package app.pli.messenger.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.core.testing.MutableClock;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.testing.TestPair;
import app.pli.messenger.testing.TestProfiles;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relay that loses blocks (here: the test deletes what it holds) makes no message stay
 * {@code sent} for ever: past the receipt patience the sender asks, a lost receipt is sent
 * again, and a lost text too, stored once and in its place.
 */
class ReceiptRecoveryTest {
    private static final Duration PAST_PATIENCE = TestProfiles.RECEIPT_PATIENCE.plusSeconds(1);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.now());
    private TestPair pair;

    @BeforeEach
    void introduce() throws PliException {
        pair = TestPair.introduced(dir, clock);
    }

    @AfterEach
    void stop() throws PliException {
        pair.close();
    }

    @Test
    void aLostReceiptIsSentAgainWhenTheSenderAsks() throws PliException, SQLException {
        assertEquals("sent", pair.alice.send(TestPair.BOB, "one").status());
        pair.bob.sync(); // stores it, deposits the receipt
        assertEquals(1, pair.relay.loseQueuedBlocks(), "the receipt is lost on the relay");
        pair.alice.sync();
        assertEquals("sent", status(pair.alice, "one"));

        clock.advance(TestProfiles.RECEIPT_PATIENCE.minusSeconds(1));
        pair.alice.sync();
        pair.bob.sync();
        pair.alice.sync();
        assertEquals("sent", status(pair.alice, "one"), "no request before the patience runs out");

        clock.advance(PAST_PATIENCE);
        pair.alice.sync(); // asks
        pair.bob.sync(); // answers: stored
        pair.alice.sync();
        assertEquals("delivered", status(pair.alice, "one"));
        assertEquals(List.of("one"), texts(pair.bob));
    }

    @Test
    void aLostTextIsSentAgainAndShownOnceInItsPlace() throws PliException, SQLException {
        pair.alice.send(TestPair.BOB, "one");
        assertEquals(1, pair.relay.loseQueuedBlocks(), "the text is lost on the relay");
        pair.alice.send(TestPair.BOB, "two");
        pair.bob.sync();
        pair.alice.sync();
        assertEquals(List.of("two"), texts(pair.bob));
        assertEquals("delivered", status(pair.alice, "two"));
        assertEquals("sent", status(pair.alice, "one"));

        clock.advance(PAST_PATIENCE);
        pair.alice.sync(); // asks about "one"
        pair.bob.sync(); // answers: missing
        pair.alice.sync(); // sends it again
        pair.bob.sync(); // stores it, receipt
        pair.alice.sync();

        assertEquals(List.of("one", "two"), texts(pair.bob), "once each, in send order");
        assertEquals("delivered", status(pair.alice, "one"));
    }

    @Test
    void aContactThatNeverAnswersIsAskedLessAndLessOften() throws PliException, SQLException {
        pair.alice.send(TestPair.BOB, "one");
        pair.relay.loseQueuedBlocks();
        int requests = 0;
        for (int hour = 0; hour < 48; hour++) {
            clock.advance(Duration.ofHours(1));
            requests += pair.alice.sync().messagesSent();
        }
        // 5 min patience doubling: asks at +5, +10, +20, +40, +80, +160, ... min, then once a day.
        assertTrue(requests >= 8 && requests <= 12, "one block per ask, backing off: " + requests);
        assertEquals("sent", status(pair.alice, "one"));
    }

    private static String status(Messenger side, String text) throws PliException {
        return side.messages(TestPair.BOB, 100).stream().filter(m -> m.text().equals(text)).findFirst()
                .map(MessageInfo::status).orElseThrow();
    }

    private static List<String> texts(Messenger bob) throws PliException {
        return bob.messages(TestPair.ALICE, 100).stream().filter(m -> !m.outgoing()).map(MessageInfo::text).toList();
    }
}

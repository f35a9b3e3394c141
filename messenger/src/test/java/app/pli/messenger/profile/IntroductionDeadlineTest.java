package app.pli.messenger.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.Argon2Params;
import app.pli.core.error.PliException;
import app.pli.core.testing.MutableClock;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.InvitationTicket;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.SyncReport;
import app.pli.messenger.testing.TestPair;
import app.pli.messenger.testing.TestProfiles;
import app.pli.messenger.testing.TestRelay;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slowness is harmless, and what finally fails is seen: an introduction message is retried
 * until its deadline and then fails with a reason shown by {@code contacts} and by a line of
 * the sync report; a command never waits on a relay that refuses connections.
 */
class IntroductionDeadlineTest {
    @TempDir
    Path dir;

    private final MutableClock aliceClock = new MutableClock(Instant.now());
    private final MutableClock bobClock = new MutableClock(Instant.now());
    /** Alice's relay, which the tests stop; Bob's inboxes are on a relay of his own. */
    private TestRelay relay;
    private TestRelay bobsRelay;
    private Messenger alice;
    private Messenger bob;

    @BeforeEach
    void start() throws PliException {
        relay = TestRelay.start(dir.resolve("relay"));
        bobsRelay = TestRelay.start(dir.resolve("relay-b"));
        alice = TestProfiles.create(TestProfiles.service(aliceClock), dir.resolve("A"), "Alice", relay.address());
        bob = TestProfiles.create(TestProfiles.service(bobClock), dir.resolve("B"), "Bob", bobsRelay.address());
    }

    @AfterEach
    void stop() throws PliException {
        alice.close();
        bob.close();
        relay.close();
        bobsRelay.close();
    }

    @Test
    void anAnswerThatCannotGoOutBeforeTheExpiryFailsVisibly() throws PliException {
        InvitationTicket ticket = alice.invite(Duration.ofHours(1));
        relay.stop();
        assertEquals("pending", bob.accept(ticket.code(), Optional.of("Alice")).state());

        bobClock.advance(Duration.ofMinutes(59));
        SyncReport slow = bob.sync();
        assertTrue(slow.problems().stream().allMatch(p -> p.contains("unreachable")), slow.problems().toString());
        assertEquals("pending", bob.contacts().get(0).state(), "until the expiry it is only slow");

        bobClock.advance(Duration.ofMinutes(2));
        SyncReport failed = bob.sync();
        assertTrue(failed.problems().contains("the introduction with \"Alice\" failed: the invitation expired before"
                + " your answer reached the person who made it (pli contacts shows it)"), failed.problems().toString());
        ContactInfo contact = bob.contacts().get(0);
        assertEquals("failed", contact.state());
        assertEquals(Optional.of("the invitation expired before your answer reached the person who made it"),
                contact.failure());
        assertThrows(PliException.class, () -> bob.send("Alice", "hello?"));

        bob.removeContact("Alice");
        assertEquals(List.of(), bob.contacts());
    }

    @Test
    void anInvitationUsedBySomeoneElseMeanwhileFailsTheLateAnswer() throws Exception {
        InvitationTicket ticket = alice.invite(Duration.ofHours(1));
        relay.stop();
        bob.accept(ticket.code(), Optional.of("Alice"));
        relay.restart();
        try (Messenger carol = TestProfiles.create(TestProfiles.service(), dir.resolve("C"), "Carol",
                relay.address())) {
            carol.accept(ticket.code(), Optional.empty());
        }
        alice.sync(); // takes Carol's answer; the one-time mailbox goes

        SyncReport report = bob.sync();

        assertTrue(report.problems().contains("the introduction with \"Alice\" failed: the invitation was already"
                + " used or withdrawn by the person who made it (pli contacts shows it)"), report.problems().toString());
        assertEquals("failed", bob.contacts().get(0).state());
        assertEquals(List.of(), bob.sync().problems(), "said once");
    }

    @Test
    void sendingWithTheRelayDownAnswersQueuedWithoutWaitingForAnyTimeout() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (TestPair pair = TestPair.introduced(dir.resolve("pair"), clock)) {
            pair.relay.stop();
            // Waits of an hour: only a refused connection reported at once lets send return.
            ProfileService patient = new ProfileService(new MessengerSettings(Argon2Params.forTestsOnly(64, 1, 1),
                    Duration.ofHours(1), Duration.ofHours(1), Duration.ofMillis(50), TestProfiles.RECEIPT_PATIENCE,
                    Clock.systemUTC()));
            try (Messenger alice2 = patient.open(pair.aliceHome, TestProfiles.passphrase())) {
                MessageInfo sent = assertTimeoutPreemptively(Duration.ofSeconds(60),
                        () -> alice2.send(TestPair.BOB, "while the relay is down"));
                assertEquals("queued", sent.status());
                SyncReport report = assertTimeoutPreemptively(Duration.ofSeconds(60), alice2::sync);
                assertEquals(1, report.problems().size(), report.problems().toString());
                assertTrue(report.problems().get(0).contains("unreachable (connection refused)"),
                        report.problems().toString());
            }
            pair.relay.restart();
            pair.alice.sync();
            pair.bob.sync();
            assertEquals(List.of("while the relay is down"), pair.bob.messages(TestPair.ALICE, 10).stream()
                    .map(MessageInfo::text).toList(), "queued, then delivered: nothing lost");
        }
    }
}

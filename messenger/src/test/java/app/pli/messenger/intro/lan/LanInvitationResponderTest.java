package app.pli.messenger.intro.lan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.db.DatabaseException;
import app.pli.core.testing.MutableClock;
import app.pli.identity.intro.CreatedInvitation;
import app.pli.identity.intro.IntroductionException;
import app.pli.identity.intro.IntroductionState;
import app.pli.identity.intro.Introductions;
import app.pli.identity.intro.InvitationUsedException;
import app.pli.identity.intro.OutgoingIntroductionMessage;
import app.pli.identity.route.DiscoveryRoute;
import app.pli.identity.route.LanRoute;
import app.pli.messenger.testing.TestStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inviter's answer over the LAN: a repeated M1 gets the same M2, which leaves the
 * outbox (it never also goes to a relay); a second invitee is refused; the stored row is
 * sealed to its introduction and forgotten when its time is up.
 */
class LanInvitationResponderTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
    private TestStore aliceStore;
    private TestStore bobStore;
    private TestStore carolStore;
    private Introductions alice;
    private LanIntroductionStore aliceRows;
    private CreatedInvitation created;

    @BeforeEach
    void invite() throws Exception {
        aliceStore = TestStore.create(Files.createDirectories(dir.resolve("a")), Optional.empty());
        bobStore = TestStore.create(Files.createDirectories(dir.resolve("b")), Optional.empty());
        carolStore = TestStore.create(Files.createDirectories(dir.resolve("c")), Optional.empty());
        alice = new Introductions(aliceStore.database, aliceStore.cipher, clock);
        aliceRows = new LanIntroductionStore(aliceStore.database, aliceStore.cipher);
        created = alice.invite(new LanRoute("127.0.0.1", 9), DiscoveryRoute.INSTANCE, Duration.ofHours(24));
        aliceRows.put(new LanIntroduction(created.introductionId(), "127.0.0.1", 9, Optional.empty(),
                created.invitation().secret(), created.invitation().expires(), Optional.empty()));
    }

    @AfterEach
    void close() throws Exception {
        aliceStore.close();
        bobStore.close();
        carolStore.close();
    }

    @Test
    void aRepeatedRequestGetsTheSameAnswerAndTheAnswerLeavesTheOutbox() throws Exception {
        LanInvitationResponder responder = responder();
        byte[] m1 = m1(bobStore);

        List<byte[]> first = responder.respond(List.of(m1));
        List<byte[]> again = responder.respond(List.of(m1));

        assertEquals(1, first.size());
        assertArrayEquals(first.get(0), again.get(0), "the lost answer is given again, unchanged");
        assertTrue(alice.pendingOutbox().isEmpty(), "M2 left the outbox: no relay gets it too");
        assertEquals(IntroductionState.AWAITING_CODE, alice.status(created.introductionId()).state());
        LanIntroduction row = aliceRows.find(created.introductionId()).orElseThrow();
        assertArrayEquals(first.get(0), row.reply().orElseThrow());
        assertEquals(created.invitation().expires(), row.keepUntil(),
                "the answer (and the secret) are kept until the invitation expires, for an invitee that lost it");
    }

    @Test
    void aSecondInviteeIsRefusedAndGetsNoAnswer() throws Exception {
        LanInvitationResponder responder = responder();
        responder.respond(List.of(m1(bobStore)));
        byte[] carols = m1(carolStore);
        assertThrows(InvitationUsedException.class, () -> responder.respond(List.of(carols)));
        assertThrows(IntroductionException.class,
                () -> responder.respond(List.of(carols, carols)), "a request is one block");
    }

    @Test
    void rowsAreSealedToTheirIntroductionAndForgottenWhenTheirTimeIsUp() throws Exception {
        LanIntroduction row = aliceRows.find(created.introductionId()).orElseThrow();
        assertArrayEquals(created.invitation().secret(), row.secret());
        assertTrue(row.toString().contains("redacted"));

        CreatedInvitation second = alice.invite(new LanRoute("127.0.0.1", 10), DiscoveryRoute.INSTANCE,
                Duration.ofHours(1));
        aliceStore.database.write(c -> {
            try (PreparedStatement copy = c.prepareStatement("INSERT INTO lan_introduction (introduction_id, record)"
                    + " SELECT ?, record FROM lan_introduction WHERE introduction_id = ?")) {
                copy.setLong(1, second.introductionId());
                copy.setLong(2, created.introductionId());
                return copy.executeUpdate();
            }
        });
        assertThrows(DatabaseException.class, () -> aliceRows.find(second.introductionId()),
                "a record moved to another row does not open");
        aliceRows.delete(second.introductionId());

        assertEquals(0, aliceRows.deleteExpired(clock.instant()));
        clock.advance(Duration.ofHours(24));
        assertEquals(1, aliceRows.deleteExpired(clock.instant()));
        assertTrue(aliceRows.all().isEmpty());
    }

    private LanInvitationResponder responder() {
        return new LanInvitationResponder(created.introductionId(), alice, aliceRows);
    }

    /** The M1 an invitee with store {@code store} queues for the invitation. */
    private byte[] m1(TestStore store) throws Exception {
        Introductions invitee = new Introductions(store.database, store.cipher, clock);
        invitee.accept(created.invitation(), DiscoveryRoute.INSTANCE, "Someone", Optional.empty());
        OutgoingIntroductionMessage message = invitee.pendingOutbox().get(0);
        assertEquals(new LanRoute("127.0.0.1", 9), message.route());
        return message.payload();
    }
}

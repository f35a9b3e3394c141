package app.pli.messenger.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.messenger.testing.TestProfiles;
import app.pli.messenger.testing.TestRelay;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.InvitationTicket;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.SyncReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relays that are down: a sync names the relay and returns within its bounded wait, and
 * nothing is lost — what waited goes out at a later sync. Alice and Bob use two relays, so
 * this also runs the introduction across relays.
 */
class RelayOutageTest {
    @TempDir
    Path dir;

    private TestRelay aliceRelay;
    private TestRelay bobRelay;
    private Messenger alice;
    private Messenger bob;

    @BeforeEach
    void start() throws PliException {
        aliceRelay = TestRelay.start(dir.resolve("relay-a"));
        bobRelay = TestRelay.start(dir.resolve("relay-b"));
        ProfileService service = TestProfiles.service();
        alice = TestProfiles.create(service, dir.resolve("A"), "Alice", aliceRelay.address());
        bob = TestProfiles.create(service, dir.resolve("B"), "Bob", bobRelay.address());
    }

    @AfterEach
    void stop() throws PliException {
        alice.close();
        bob.close();
        aliceRelay.close();
        bobRelay.close();
    }

    @Test
    void anAnswerWrittenWhileTheInvitersRelayIsDownGoesOutLater() throws PliException {
        InvitationTicket ticket = alice.invite(Duration.ofHours(1));
        aliceRelay.stop();

        ContactInfo pending = bob.accept(ticket.code(), Optional.empty());
        assertEquals("pending", pending.state(), "accept succeeds; M1 waits in the outbox");
        SyncReport down = bob.sync();
        assertEquals(0, down.messagesSent());
        assertEquals(1, down.problems().size(), down.problems().toString());
        assertTrue(down.problems().get(0).startsWith("relay 127.0.0.1:"), down.problems().get(0));
        assertTrue(down.problems().get(0).contains("unreachable"), down.problems().get(0));

        aliceRelay.restart();
        SyncReport up = bob.sync();
        assertEquals(1, up.messagesSent());
        assertEquals(List.of(), up.problems());

        alice.sync();
        bob.sync();
        assertEquals("awaiting-code", alice.contacts().get(0).state());
        assertEquals("awaiting-code", bob.contacts().get(0).state());
    }

    @Test
    void aReplyWaitsWhileTheInviteesRelayIsDown() throws PliException {
        InvitationTicket ticket = alice.invite(Duration.ofHours(1));
        bob.accept(ticket.code(), Optional.empty());
        bobRelay.stop();

        SyncReport down = alice.sync();
        assertEquals(1, down.messagesReceived(), "M1 came from Alice's own relay");
        assertEquals(0, down.messagesSent(), "M2 could not reach Bob's relay");
        assertEquals(1, down.problems().size(), down.problems().toString());

        bobRelay.restart();
        SyncReport up = alice.sync();
        assertEquals(1, up.messagesSent());
        bob.sync();
        assertEquals("awaiting-code", bob.contacts().get(0).state());
    }

    @Test
    void invitingNeedsTheHomeRelayAndSaysSo() throws PliException {
        aliceRelay.stop();

        PliException down = assertThrows(PliException.class, () -> alice.invite(Duration.ofHours(1)));

        assertTrue(down.getMessage().contains("unreachable"), down.getMessage());
        assertEquals(List.of(), alice.contacts());
    }
}

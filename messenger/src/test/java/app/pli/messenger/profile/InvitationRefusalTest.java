package app.pli.messenger.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.core.testing.MutableClock;
import app.pli.messenger.testing.TestProfiles;
import app.pli.messenger.testing.TestRelay;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.InvitationTicket;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.SyncReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invitations that must not work: expired, used twice, used by someone else, malformed, one's own. */
class InvitationRefusalTest {
    @TempDir
    Path dir;

    private final MutableClock aliceClock = new MutableClock(Instant.now());
    private final MutableClock bobClock = new MutableClock(Instant.now());
    private TestRelay relay;
    private Messenger alice;
    private Messenger bob;
    private Messenger carol;

    @BeforeEach
    void start() throws PliException {
        relay = TestRelay.start(dir.resolve("relay"));
        alice = TestProfiles.create(TestProfiles.service(aliceClock), dir.resolve("A"), "Alice", relay.address());
        bob = TestProfiles.create(TestProfiles.service(bobClock), dir.resolve("B"), "Bob", relay.address());
        carol = TestProfiles.create(TestProfiles.service(), dir.resolve("C"), "Carol", null);
    }

    @AfterEach
    void stop() throws PliException {
        alice.close();
        bob.close();
        carol.close();
        relay.close();
    }

    @Test
    void anExpiredInvitationIsRefusedBeforeAnythingIsCreated() throws PliException {
        InvitationTicket ticket = alice.invite(Duration.ofMinutes(1));
        bobClock.advance(Duration.ofMinutes(2));

        PliException refused = assertThrows(PliException.class, () -> bob.accept(ticket.code(), Optional.empty()));

        assertTrue(refused.getMessage().startsWith("this invitation expired at "), refused.getMessage());
        assertEquals(List.of(), bob.contacts());
    }

    @Test
    void anInvitationExpiredAtItsMakerCanNoLongerBeAnswered() throws PliException {
        InvitationTicket ticket = alice.invite(Duration.ofMinutes(1));
        aliceClock.advance(Duration.ofMinutes(2));
        SyncReport expiry = alice.sync();
        assertEquals(1, expiry.introductionsAdvanced(), "the invitation expired");

        PliException refused = assertThrows(PliException.class, () -> bob.accept(ticket.code(), Optional.empty()));

        assertTrue(refused.getMessage().contains("already used or withdrawn"), refused.getMessage());
        assertEquals(List.of(), bob.contacts(), "the pending contact was removed");
        assertEquals(List.of(), bob.sync().problems());
    }

    @Test
    void anInvitationWorksOnce() throws PliException {
        InvitationTicket ticket = alice.invite(Duration.ofHours(1));
        bob.accept(ticket.code(), Optional.empty());

        PliException twice = assertThrows(PliException.class, () -> bob.accept(ticket.code(), Optional.empty()));
        assertTrue(twice.getMessage().contains("already accepted here"), twice.getMessage());
        assertEquals(1, bob.contacts().size());

        alice.sync();
        PliException late = assertThrows(PliException.class, () -> carol.accept(ticket.code(), Optional.empty()));
        assertTrue(late.getMessage().contains("already used or withdrawn"), late.getMessage());
        assertEquals(List.of(), carol.contacts());
        assertEquals(1, alice.contacts().size());
    }

    @Test
    void aSecondAnswerArrivingBeforeTheMakerSyncsIsRefused() throws PliException {
        InvitationTicket ticket = alice.invite(Duration.ofHours(1));
        bob.accept(ticket.code(), Optional.empty());
        ContactInfo carolsPending = carol.accept(ticket.code(), Optional.empty());
        assertEquals("pending", carolsPending.state());

        SyncReport report = alice.sync();

        assertEquals(2, report.messagesReceived());
        assertEquals(1, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).contains("already used"), report.problems().get(0));
        List<ContactInfo> contacts = alice.contacts();
        assertEquals(1, contacts.size());
        assertEquals("Bob", contacts.get(0).name());
    }

    @Test
    void malformedCodesAndOnesOwnInvitationAreRefused() throws PliException {
        InvitationTicket ticket = alice.invite(Duration.ofHours(1));
        String tampered = ticket.code().substring(0, ticket.code().length() - 3) + "AAA";

        assertThrows(PliException.class, () -> bob.accept("PLI1NOTACODE", Optional.empty()));
        assertThrows(PliException.class, () -> bob.accept(tampered, Optional.empty()));
        assertThrows(PliException.class, () -> bob.accept(ticket.code(), Optional.of("bad\nname")));
        PliException own = assertThrows(PliException.class, () -> alice.accept(ticket.code(), Optional.empty()));

        assertTrue(own.getMessage().contains("your own invitation"), own.getMessage());
        assertEquals(List.of(), bob.contacts());
        assertEquals(List.of(), alice.contacts());
    }
}

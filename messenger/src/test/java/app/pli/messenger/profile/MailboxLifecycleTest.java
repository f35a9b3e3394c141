package app.pli.messenger.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.error.PliException;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.InvitationTicket;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.VerifyOutcome;
import app.pli.core.testing.MutableClock;
import app.pli.messenger.testing.TestProfiles;
import app.pli.messenger.testing.TestRelay;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mailboxes at the relay live exactly as long as they serve: the one-time introduction
 * mailbox goes once used or expired, an inbox goes with its contact. The exchange resumes
 * across restarts of either side.
 */
class MailboxLifecycleTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.now());
    private final ProfileService service = TestProfiles.service(clock);
    private TestRelay relay;
    private Messenger alice;
    private Messenger bob;

    @BeforeEach
    void start() throws PliException {
        relay = TestRelay.start(dir.resolve("relay"));
        alice = TestProfiles.create(service, dir.resolve("A"), "Alice", relay.address());
        bob = TestProfiles.create(service, dir.resolve("B"), "Bob", relay.address());
    }

    @AfterEach
    void stop() throws PliException {
        alice.close();
        bob.close();
        relay.close();
    }

    @Test
    void theExchangeResumesAfterRestartsAndTheUsedMailboxGoes() throws PliException, SQLException {
        InvitationTicket ticket = alice.invite(Duration.ofHours(1));
        assertEquals(2, relay.mailboxCount(), "the introduction mailbox and Alice's inbox");
        alice = reopen(alice, "A");
        bob.accept(ticket.code(), Optional.empty());
        bob = reopen(bob, "B");
        assertEquals(3, relay.mailboxCount(), "and Bob's inbox");

        alice.sync();
        alice = reopen(alice, "A");
        bob.sync();

        assertEquals("awaiting-code", alice.contacts().get(0).state());
        assertEquals("awaiting-code", bob.contacts().get(0).state());
        assertEquals(2, relay.mailboxCount(), "the used introduction mailbox was deleted");
    }

    @Test
    void anExpiredInvitationTakesItsMailboxesAlong() throws PliException, SQLException {
        alice.invite(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(2));

        alice.sync();

        assertEquals(0, relay.mailboxCount());
    }

    @Test
    void aRemovedContactTakesItsInboxAlong() throws PliException, SQLException {
        introduce();

        alice.removeContact("Bob");
        alice.sync();
        assertEquals(1, relay.mailboxCount());
        bob.removeContact("Alice");
        bob.sync();
        assertEquals(0, relay.mailboxCount());
    }

    @Test
    void threeWrongCodesAbortAndTheInboxGoes() throws PliException, SQLException {
        introduce();
        String right = bob.contacts().get(0).code().orElseThrow();
        String wrong = String.format("%04d", (Integer.parseInt(right) + 1) % 10_000);

        assertEquals(new VerifyOutcome.Mismatch("Bob", 2), alice.verify("Bob", wrong));
        assertEquals("unverified", alice.contacts().get(0).state());
        assertEquals(new VerifyOutcome.Mismatch("Bob", 1), alice.verify("Bob", wrong));
        assertEquals(new VerifyOutcome.Aborted("Bob"), alice.verify("Bob", wrong));
        assertEquals(List.of(), alice.contacts());
        assertThrows(PliException.class, () -> alice.verify("Bob", right));

        alice.sync();
        assertEquals(1, relay.mailboxCount(), "only Bob's inbox is left");
    }

    @Test
    void renamingAndCodesStayConsistent() throws PliException {
        introduce();
        alice.renameContact("Bob", "Robert");

        List<ContactInfo> contacts = alice.contacts();
        assertEquals("Robert", contacts.get(0).name());
        assertEquals(bob.id().fingerprint(), contacts.get(0).fingerprint());
        assertThrows(PliException.class, () -> alice.renameContact("Bob", "Bobby"));
        assertThrows(PliException.class, () -> alice.verify("Robert", "12a4"));
    }

    private void introduce() throws PliException {
        InvitationTicket ticket = alice.invite(Duration.ofHours(1));
        bob.accept(ticket.code(), Optional.empty());
        alice.sync();
        bob.sync();
        assertEquals("awaiting-code", bob.contacts().get(0).state());
    }

    private Messenger reopen(Messenger open, String home) throws PliException {
        open.close();
        return service.open(dir.resolve(home), TestProfiles.passphrase());
    }
}

package app.pli.messenger.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.pli.core.error.PliException;
import app.pli.core.testing.MutableClock;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.TrustState;
import app.pli.identity.intro.CreatedInvitation;
import app.pli.identity.intro.Introductions;
import app.pli.identity.route.DiscoveryRoute;
import app.pli.identity.route.LanRoute;
import app.pli.messenger.api.SyncReport;
import app.pli.messenger.delivery.RelayLinks;
import app.pli.messenger.intro.lan.LanIntroductionExchange;
import app.pli.messenger.intro.lan.LanIntroductionStore;
import app.pli.messenger.mailbox.MailboxPurpose;
import app.pli.messenger.mailbox.MailboxStore;
import app.pli.messenger.mailbox.OwnedMailbox;
import app.pli.messenger.testing.TestRelay;
import app.pli.messenger.testing.TestStore;
import app.pli.transport.lan.link.LanLinkOptions;
import java.nio.file.Files;
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
 * The clean-up step (a mailbox stored but never linked goes after a grace period) and the
 * deadlines: a message with no way to go now waits, and fails visibly at its deadline.
 */
class IntroductionSyncTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
    private TestRelay relay;
    private TestStore store;
    private MailboxStore mailboxes;
    private Introductions introductions;
    private ContactStore contacts;
    private IntroductionSync sync;

    @BeforeEach
    void open() throws PliException {
        relay = TestRelay.start(dir.resolve("relay"));
        store = TestStore.create(dir, Optional.of(relay.address()));
        mailboxes = new MailboxStore(store.database, store.cipher);
        introductions = new Introductions(store.database, store.cipher, clock);
        contacts = new ContactStore(store.database, store.cipher);
        LanIntroductionStore lan = new LanIntroductionStore(store.database, store.cipher);
        sync = new IntroductionSync(store.database, introductions, contacts,
                mailboxes, lan, new LanIntroductionExchange(introductions, lan, LanLinkOptions.defaults()), clock);
    }

    @AfterEach
    void close() throws PliException {
        store.close();
        relay.close();
    }

    @Test
    void aMailboxNeverLinkedIsDeletedAfterTheGracePeriod() throws PliException, SQLException {
        try (RelayLinks links = new RelayLinks(Duration.ofSeconds(10))) {
            mailboxes.insertPrepared(MailboxPurpose.CONTACT_INBOX, relay.address(),
                    links.createMailbox(relay.address()), clock.instant());

            SyncReport early = sync.run(links);
            List<OwnedMailbox> kept = mailboxes.all();
            assertEquals(1, kept.size(), "a step may still be linking it");
            assertEquals(1, relay.mailboxCount());

            clock.advance(IntroductionSync.PREPARED_GRACE.plusSeconds(1));
            SyncReport late = sync.run(links);

            assertEquals(List.of(), mailboxes.all());
            assertEquals(0, relay.mailboxCount());
            assertEquals(List.of(), early.problems());
            assertEquals(List.of(), late.problems());
        }
    }

    @Test
    void aMessageWithNoWayToGoNowWaitsAndFailsVisiblyAtItsDeadline() throws Exception {
        // Bob accepted a LAN invitation, but the endpoint's row is missing (say, another process
        // just finished the exchange): the answer must wait, not be dropped.
        CreatedInvitation invitation;
        try (TestStore alice = TestStore.create(Files.createDirectories(dir.resolve("alice")), Optional.empty())) {
            invitation = new Introductions(alice.database, alice.cipher, clock)
                    .invite(new LanRoute("127.0.0.1", 9), DiscoveryRoute.INSTANCE, Duration.ofHours(1));
        }
        introductions.accept(invitation.invitation(), DiscoveryRoute.INSTANCE, "Bob", Optional.of("Alice"));
        try (RelayLinks links = new RelayLinks(Duration.ofSeconds(10))) {
            SyncReport waiting = sync.run(links);
            assertEquals(List.of(), waiting.problems());
            assertEquals(1, introductions.pendingOutbox().size(), "the answer is kept");

            clock.advance(Duration.ofHours(1));
            SyncReport failed = sync.run(links);
            assertEquals(List.of("the introduction with \"Alice\" failed: the invitation expired before your answer"
                    + " reached the person who made it (pli contacts shows it)"), failed.problems());
            assertEquals(List.of(), introductions.pendingOutbox());
            assertEquals(TrustState.FAILED, contacts.list().get(0).state());
        }
    }
}

package app.pli.messenger.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.pli.core.error.PliException;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.intro.Introductions;
import app.pli.messenger.api.SyncReport;
import app.pli.messenger.delivery.RelayLinks;
import app.pli.messenger.intro.lan.LanIntroductionExchange;
import app.pli.messenger.intro.lan.LanIntroductionStore;
import app.pli.messenger.mailbox.MailboxPurpose;
import app.pli.transport.lan.link.LanLinkOptions;
import app.pli.messenger.mailbox.MailboxStore;
import app.pli.messenger.mailbox.OwnedMailbox;
import app.pli.core.testing.MutableClock;
import app.pli.messenger.testing.TestRelay;
import app.pli.messenger.testing.TestStore;
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

/** The clean-up step: a mailbox stored but never linked (a crash between two steps) goes after a grace period. */
class IntroductionSyncTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
    private TestRelay relay;
    private TestStore store;
    private MailboxStore mailboxes;
    private IntroductionSync sync;

    @BeforeEach
    void open() throws PliException {
        relay = TestRelay.start(dir.resolve("relay"));
        store = TestStore.create(dir, Optional.of(relay.address()));
        mailboxes = new MailboxStore(store.database, store.cipher);
        Introductions introductions = new Introductions(store.database, store.cipher, clock);
        LanIntroductionStore lan = new LanIntroductionStore(store.database, store.cipher);
        sync = new IntroductionSync(store.database, introductions, new ContactStore(store.database, store.cipher),
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
}

package app.pli.messenger.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.db.Database;
import app.pli.core.db.DatabaseException;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.intro.CreatedInvitation;
import app.pli.identity.intro.Introductions;
import app.pli.identity.route.RelayRoute;
import app.pli.messenger.testing.TestStore;
import app.pli.transport.relay.client.MailboxCredentials;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.FetchId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Owned mailboxes survive a reopen, stay sealed on disk, and become orphans with their introduction. */
class MailboxStoreTest {
    private static final String RELAY =
            "pli-relay://relay-unseen.test:7337/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    @TempDir
    Path dir;

    private TestStore test;
    private Database database;
    private MailboxStore store;
    private Introductions introductions;

    @BeforeEach
    void open() throws PliException {
        test = TestStore.create(dir, Optional.empty());
        database = test.database;
        store = new MailboxStore(database, test.cipher);
        introductions = new Introductions(database, test.cipher, Clock.systemUTC());
    }

    @AfterEach
    void close() throws PliException {
        test.close();
    }

    @Test
    void mailboxesAreFoundByTheirIdsOnceEachAndMissingOnesAreSkipped() throws PliException {
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long first = store.insertPrepared(MailboxPurpose.CONTACT_INBOX, RELAY, credentials(), created);
        long second = store.insertPrepared(MailboxPurpose.CONTACT_INBOX, RELAY, credentials(), created);
        store.insertPrepared(MailboxPurpose.CONTACT_INBOX, RELAY, credentials(), created);

        List<OwnedMailbox> found = store.withIds(List.of(second, first, second, 42L));
        assertEquals(List.of(second, first), found.stream().map(OwnedMailbox::id).toList());
        assertEquals(store.all().stream().filter(m -> m.id() == first).toList(),
                found.stream().filter(m -> m.id() == first).toList(), "the same mailbox as all() reads");
        assertTrue(store.withIds(List.of()).isEmpty());
    }

    @Test
    void aMailboxIsStoredPreparedThenLinked() throws PliException {
        MailboxCredentials credentials = credentials();
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long id = store.insertPrepared(MailboxPurpose.CONTACT_INBOX, RELAY, credentials, created);

        OwnedMailbox prepared = store.all().get(0);
        assertEquals(new OwnedMailbox(id, MailboxPurpose.CONTACT_INBOX, OptionalLong.empty(), OptionalLong.empty(),
                false, created, RELAY,
                credentials), prepared);
        assertFalse(prepared.orphaned());

        long introduction = invitation().introductionId();
        database.write(c -> {
            store.link(c, List.of(id), introduction);
            return null;
        });
        OwnedMailbox linked = store.all().get(0);
        assertEquals(OptionalLong.of(introduction), linked.introductionId());
        assertTrue(linked.linked());
        assertEquals(credentials, linked.credentials());

        store.delete(id);
        assertEquals(List.of(), store.all());
    }

    @Test
    void removingTheIntroductionOrphansItsMailboxes() throws PliException {
        long id = store.insertPrepared(MailboxPurpose.INTRODUCTION, RELAY, credentials(), Instant.now());
        long introduction = invitation().introductionId();
        database.write(c -> {
            store.link(c, List.of(id), introduction);
            return null;
        });

        database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM introduction WHERE id = ?")) {
                delete.setLong(1, introduction);
                return delete.executeUpdate();
            }
        });

        OwnedMailbox orphan = store.all().get(0);
        assertTrue(orphan.orphaned());
        assertEquals(OptionalLong.empty(), orphan.introductionId());
    }

    @Test
    void rowsAreSealedUnderTheStorageKey() throws PliException, IOException {
        MailboxCredentials credentials = credentials();
        store.insertPrepared(MailboxPurpose.CONTACT_INBOX, RELAY, credentials, Instant.now());

        String hex = HexFormat.of().formatHex(rawStore());
        assertFalse(hex.contains(HexFormat.of().formatHex("relay-unseen".getBytes())), "relay address in clear");
        assertFalse(hex.contains(HexFormat.of().formatHex(credentials.fetchId().bytes())), "fetch id in clear");
        assertFalse(hex.contains(HexFormat.of().formatHex(credentials.depositId().bytes())), "deposit id in clear");
        assertFalse(hex.contains(HexFormat.of().formatHex(credentials.mailboxKey().privateKey().bytes())),
                "mailbox key in clear");

        MailboxStore wrongKey = new MailboxStore(database, new ColumnCipher(SymmetricKey.random()));
        DatabaseException refused = assertThrows(DatabaseException.class, wrongKey::all);
        assertEquals(DatabaseException.Reason.CORRUPT, refused.reason());
    }

    private CreatedInvitation invitation() throws PliException {
        RelayRoute route = new RelayRoute(RELAY, CryptoRandom.bytes(RelayRoute.DEPOSIT_ID_BYTES));
        return introductions.invite(route, route, Duration.ofHours(1));
    }

    private byte[] rawStore() throws IOException {
        byte[] main = Files.readAllBytes(dir.resolve("pli.db"));
        Path wal = dir.resolve("pli.db-wal");
        byte[] log = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
        byte[] all = new byte[main.length + log.length];
        System.arraycopy(main, 0, all, 0, main.length);
        System.arraycopy(log, 0, all, main.length, log.length);
        return all;
    }

    private static MailboxCredentials credentials() {
        return new MailboxCredentials(FetchId.random(), DepositId.random(), Ed25519.generateKeyPair());
    }
}

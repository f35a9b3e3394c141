package app.pli.identity.intro;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.profile.Profile;
import app.pli.identity.profile.ProfileStore;
import app.pli.identity.route.RelayRoute;
import app.pli.identity.route.Route;
import app.pli.core.testing.MutableClock;
import app.pli.identity.testing.StoreFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One person in an introduction test: a profile in its own store (own folder, own storage
 * key), the stores over it, and a clock the test moves. {@link #reopen} closes everything
 * and opens it again from disk, as a restarted process would.
 */
final class Party implements AutoCloseable {
    private static final AtomicInteger HOMES = new AtomicInteger();
    static final String RELAY = "pli-relay://relay.test:7700/k3yk3yk3y";

    final Path folder;
    final MutableClock clock;
    final Route inbox = relayRoute();
    private final SymmetricKey storageKey = SymmetricKey.random();
    private Database database;
    ProfileStore profiles;
    ContactStore contacts;
    Introductions introductions;

    private Party(Path folder, MutableClock clock) throws PliException {
        this.folder = folder;
        this.clock = clock;
        open();
    }

    /** A party whose profile shares {@code displayName}. */
    static Party create(Path parent, String displayName, MutableClock clock) throws Exception {
        Path folder = Files.createDirectories(parent.resolve("home-" + HOMES.incrementAndGet()));
        Party party = new Party(folder, clock);
        party.profiles.create(displayName, Optional.of(RELAY));
        return party;
    }

    static RelayRoute relayRoute() {
        return new RelayRoute(RELAY, CryptoRandom.bytes(RelayRoute.DEPOSIT_ID_BYTES));
    }

    void reopen() throws PliException {
        close();
        open();
    }

    private void open() throws PliException {
        database = StoreFiles.open(folder);
        ColumnCipher cipher = new ColumnCipher(storageKey);
        profiles = new ProfileStore(database, cipher);
        contacts = new ContactStore(database, cipher);
        introductions = new Introductions(database, cipher, clock);
    }

    Database database() {
        return database;
    }

    Profile profile() throws PliException {
        return profiles.load();
    }

    Contact contact(String name) throws PliException {
        return contacts.get(name);
    }

    /** The single message waiting in the outbox; the test delivers it by hand. */
    OutgoingIntroductionMessage onlyOutgoing() throws PliException {
        List<OutgoingIntroductionMessage> outgoing = introductions.pendingOutbox();
        if (outgoing.size() != 1) {
            throw new AssertionError("expected one outgoing message, found " + outgoing.size());
        }
        return outgoing.get(0);
    }

    /** Sends the single outgoing message: returns its payload and marks it sent. */
    byte[] send() throws PliException {
        OutgoingIntroductionMessage message = onlyOutgoing();
        introductions.markSent(message.id());
        return message.payload();
    }

    Map<String, List<String>> dump() throws PliException {
        return StoreFiles.dump(database);
    }

    @Override
    public void close() throws PliException {
        database.close();
    }
}

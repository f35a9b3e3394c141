package app.pli.identity.offer;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.core.testing.MutableClock;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.TrustState;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.profile.ProfileStore;
import app.pli.identity.route.RelayRoute;
import app.pli.identity.route.Route;
import app.pli.identity.testing.StoreFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One person in an offer test: a profile in its own store, its stores, and a clock the test moves. */
final class Person implements AutoCloseable {
    static final String RELAY = "pli-relay://relay.test:7700/k3yk3yk3y";

    final String name;
    final Database database;
    final ProfileStore profiles;
    final ContactStore contacts;
    final Offers offers;
    /** Where this person fetches what the other introduced side sends (a rendezvous). */
    final Route rendezvous = new RelayRoute(RELAY, CryptoRandom.bytes(RelayRoute.DEPOSIT_ID_BYTES));
    /** This person's inbox for a new contact. */
    final Route inbox = new RelayRoute(RELAY, CryptoRandom.bytes(RelayRoute.DEPOSIT_ID_BYTES));

    private Person(String name, Database database, ColumnCipher cipher, MutableClock clock) {
        this.name = name;
        this.database = database;
        this.profiles = new ProfileStore(database, cipher);
        this.contacts = new ContactStore(database, cipher);
        this.offers = new Offers(database, cipher, clock);
    }

    static Person create(Path parent, String name, MutableClock clock) throws Exception {
        Path folder = Files.createDirectories(parent.resolve(name));
        Person person = new Person(name, StoreFiles.open(folder), new ColumnCipher(SymmetricKey.random()), clock);
        person.profiles.create(name, Optional.of(RELAY));
        return person;
    }

    IdentityPublicKeys keys() throws PliException {
        return profiles.load().keys().publicKeys();
    }

    /** Adds {@code other} as a contact of this person in {@code state}; the contact's id. */
    long meet(Person other, TrustState state) throws PliException {
        IdentityPublicKeys keys = other.keys();
        return database.write(c -> contacts.insert(c, other.name, state, keys,
                new RelayRoute(RELAY, CryptoRandom.bytes(RelayRoute.DEPOSIT_ID_BYTES)), null).id());
    }

    Contact contact(String contactName) throws PliException {
        return contacts.get(contactName);
    }

    /** Receives {@code terms} as if they came inside the session with the contact {@code introducerId}. */
    Optional<Long> receive(long introducerId, OfferTerms terms) throws PliException {
        return database.write(c -> offers.receive(c, introducerId, terms, OfferAttachment.NONE));
    }

    /** The only queued message: its payload, marked sent. */
    byte[] send() throws PliException {
        List<OutgoingOfferMessage> outgoing = offers.pendingOutbox();
        if (outgoing.size() != 1) {
            throw new AssertionError(name + " has " + outgoing.size() + " queued offer messages, not one");
        }
        offers.markSent(outgoing.get(0).id());
        return outgoing.get(0).payload();
    }

    Map<String, List<String>> dump() throws PliException {
        return StoreFiles.dump(database);
    }

    @Override
    public void close() throws PliException {
        database.close();
    }
}

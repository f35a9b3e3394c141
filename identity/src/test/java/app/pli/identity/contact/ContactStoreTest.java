package app.pli.identity.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.keys.IdentityKeyPair;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.route.LanRoute;
import app.pli.identity.route.RelayRoute;
import app.pli.identity.testing.StoreFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contacts: unique case-sensitive names, rename, remove, sealed at rest. */
class ContactStoreTest {
    @TempDir
    Path home;

    private final SymmetricKey storageKey = SymmetricKey.random();
    private final IdentityPublicKeys keys = IdentityKeyPair.generate().publicKeys();
    private final RelayRoute route = new RelayRoute("pli-relay://relay.test:7700/KEY", CryptoRandom.bytes(16));
    private Database database;
    private ContactStore contacts;

    @BeforeEach
    void open() throws PliException {
        database = StoreFiles.open(home);
        contacts = new ContactStore(database, new ColumnCipher(storageKey));
    }

    @AfterEach
    void close() throws PliException {
        database.close();
    }

    private Contact add(String name, TrustState state) throws PliException {
        return database.write(c -> state == TrustState.PENDING
                ? contacts.insert(c, name, state, null, null, null)
                : contacts.insert(c, name, state, keys, route, "0421"));
    }

    @Test
    void aContactReopensWithEveryField() throws PliException {
        Contact added = add("Grace Hopper", TrustState.AWAITING_CODE);
        close();
        open();

        Contact loaded = contacts.get("Grace Hopper");
        assertEquals(added, loaded);
        assertEquals(keys, loaded.keys());
        assertEquals(route, loaded.route());
        assertEquals("0421", loaded.code());
        assertEquals(keys.fingerprint(), loaded.fingerprint().orElseThrow());
    }

    @Test
    void everyFieldCanBeUpdatedIncludingTheIntroducer() throws PliException {
        Contact introducer = add("Ada", TrustState.VERIFIED);
        Contact pending = add("pending contact", TrustState.PENDING);
        Contact complete = new Contact(pending.id(), "Grace", TrustState.UNVERIFIED, keys,
                new LanRoute("192.0.2.4", 7701), null, introducer.id());
        database.write(c -> {
            contacts.update(c, complete);
            return null;
        });

        assertEquals(complete, contacts.get("Grace"));
        assertFalse(contacts.find("pending contact").isPresent());
    }

    @Test
    void namesAreUniqueAndCaseSensitive() throws PliException {
        add("Bob", TrustState.PENDING);
        add("bob", TrustState.PENDING);

        assertThrows(ContactNameTakenException.class, () -> add("Bob", TrustState.PENDING));
        assertEquals(List.of("Bob", "bob"), contacts.list().stream().map(Contact::name).toList());
        assertFalse(contacts.find("BOB").isPresent());
    }

    @Test
    void renameRefusesTakenNamesAndMissingContacts() throws PliException {
        add("Bob", TrustState.VERIFIED);
        add("Carol", TrustState.VERIFIED);

        assertThrows(ContactNameTakenException.class, () -> contacts.rename("Bob", "Carol"));
        assertThrows(ContactNotFoundException.class, () -> contacts.rename("Dave", "Eve"));
        assertThrows(InvalidNameException.class, () -> contacts.rename("Bob", ""));
        Contact renamed = contacts.rename("Bob", "Robert");
        assertEquals(renamed, contacts.get("Robert"));
        assertEquals(renamed, contacts.rename("Robert", "Robert"));
    }

    @Test
    void removeDeletesOnlyThatContact() throws PliException {
        add("Bob", TrustState.VERIFIED);
        add("Carol", TrustState.VERIFIED);

        contacts.remove("Bob");
        assertEquals(List.of("Carol"), contacts.list().stream().map(Contact::name).toList());
        assertThrows(ContactNotFoundException.class, () -> contacts.remove("Bob"));
    }

    @Test
    void freeNamesGetTheFirstUnusedSuffix() throws PliException {
        add("Bob", TrustState.PENDING);
        add("Bob (2)", TrustState.PENDING);
        Contact bob3 = add("Bob (3)", TrustState.PENDING);

        assertEquals("Bob (4)", database.read(c -> contacts.freeName(c, "Bob", 0)));
        assertEquals("Bob (3)", database.read(c -> contacts.freeName(c, "Bob", bob3.id())));
        assertEquals("Carol", database.read(c -> contacts.freeName(c, "Carol", 0)));
    }

    @Test
    void idsAreRandomNotSequential() throws PliException {
        long first = add("A", TrustState.PENDING).id();
        long second = add("B", TrustState.PENDING).id();
        assertNotEquals(first + 1, second);
        assertTrue(first > 0 && second > 0);
    }

    @Test
    void namesKeysAndRoutesAreSealedOnDisk() throws Exception {
        add("Grace Hopper", TrustState.VERIFIED);
        byte[] raw = StoreFiles.rawBytes(home);

        assertTrue(StoreFiles.contains(raw, "CREATE TABLE contact".getBytes(StandardCharsets.US_ASCII)));
        for (byte[] secret : List.of("Grace Hopper".getBytes(StandardCharsets.UTF_8), keys.signing().bytes(),
                keys.agreement().bytes(), keys.binding(), route.depositId(),
                "relay.test".getBytes(StandardCharsets.UTF_8))) {
            assertFalse(StoreFiles.contains(raw, secret));
        }
    }

    @Test
    void toStringHidesTheNameAndCode() throws PliException {
        Contact contact = add("Grace Hopper", TrustState.AWAITING_CODE);
        assertFalse(contact.toString().contains("Grace"));
        assertFalse(contact.toString().contains("0421"));
    }
}

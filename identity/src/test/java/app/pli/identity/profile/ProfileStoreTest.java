package app.pli.identity.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.SymmetricKey;
import app.pli.core.db.Database;
import app.pli.core.db.DatabaseException;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.contact.InvalidNameException;
import app.pli.identity.keys.IdentityKeyPair;
import app.pli.identity.testing.StoreFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile: created once, sealed at rest, reopened intact, relay changeable. */
class ProfileStoreTest {
    private static final String RELAY = "pli-relay://198.51.100.7:7700/AAAABBBBCCCC";

    @TempDir
    Path home;

    private final SymmetricKey storageKey = SymmetricKey.random();
    private Database database;
    private ProfileStore profiles;

    @BeforeEach
    void open() throws PliException {
        database = StoreFiles.open(home);
        profiles = new ProfileStore(database, new ColumnCipher(storageKey));
    }

    @AfterEach
    void close() throws PliException {
        database.close();
    }

    @Test
    void aCreatedProfileReopensWithTheSameKeysNameAndRelay() throws PliException {
        IdentityKeyPair keys = IdentityKeyPair.generate();
        profiles.create("Ada Lovelace", keys, Optional.of(RELAY));
        close();
        open();

        Profile loaded = profiles.load();
        assertEquals("Ada Lovelace", loaded.displayName());
        assertEquals(keys.publicKeys(), loaded.keys().publicKeys());
        assertEquals(keys.signing().privateKey(), loaded.keys().signing().privateKey());
        assertEquals(keys.agreement().privateKey(), loaded.keys().agreement().privateKey());
        assertEquals(Optional.of(RELAY), loaded.homeRelay());
    }

    @Test
    void aSecondCreateIsRefusedAndChangesNothing() throws PliException {
        profiles.create("Ada", Optional.empty());
        Map<String, List<String>> before = StoreFiles.dump(database);

        assertThrows(ProfileExistsException.class, () -> profiles.create("Eve", Optional.of(RELAY)));
        assertEquals(before, StoreFiles.dump(database));
        assertEquals("Ada", profiles.load().displayName());
    }

    @Test
    void theHomeRelayCanBeSetAndChanged() throws PliException {
        profiles.create("Ada", Optional.empty());
        assertTrue(profiles.load().homeRelay().isEmpty());

        profiles.setHomeRelay(RELAY);
        assertEquals(Optional.of(RELAY), profiles.load().homeRelay());
        profiles.setHomeRelay("pli-relay://[2001:db8::1]:7700/ZZZZ");
        assertEquals(Optional.of("pli-relay://[2001:db8::1]:7700/ZZZZ"), profiles.load().homeRelay());
    }

    @Test
    void aMissingProfileIsReportedClearly() throws PliException {
        assertTrue(profiles.find().isEmpty());
        assertThrows(ProfileMissingException.class, profiles::load);
        assertThrows(ProfileMissingException.class, () -> profiles.setHomeRelay(RELAY));
    }

    @Test
    void badNamesAndRelaysAreRefused() {
        assertThrows(InvalidNameException.class, () -> profiles.create("Ada\n", Optional.empty()));
        assertThrows(InvalidNameException.class, () -> profiles.create("\u202eAda", Optional.empty()));
        assertThrows(InvalidNameException.class, () -> profiles.create("x".repeat(65), Optional.empty()));
        assertThrows(InvalidRelayAddressException.class, () -> profiles.create("Ada", Optional.of("")));
        assertThrows(InvalidRelayAddressException.class, () -> profiles.create("Ada", Optional.of("a b")));
        assertThrows(InvalidRelayAddressException.class,
                () -> profiles.create("Ada", Optional.of("r".repeat(401))));
    }

    @Test
    void anEmptyDisplayNameIsAllowed() throws PliException {
        profiles.create("", Optional.empty());
        assertEquals("", profiles.load().displayName());
    }

    @Test
    void nothingOfTheProfileIsStoredInClear() throws Exception {
        IdentityKeyPair keys = IdentityKeyPair.generate();
        profiles.create("Ada Lovelace", keys, Optional.of(RELAY));

        byte[] raw = StoreFiles.rawBytes(home);
        assertTrue(StoreFiles.contains(raw, "CREATE TABLE profile".getBytes(StandardCharsets.US_ASCII)));
        for (byte[] secret : List.of("Ada Lovelace".getBytes(StandardCharsets.UTF_8),
                RELAY.getBytes(StandardCharsets.UTF_8), keys.publicKeys().signing().bytes(),
                keys.publicKeys().agreement().bytes(), keys.signing().privateKey().bytes(),
                keys.agreement().privateKey().bytes())) {
            assertFalse(StoreFiles.contains(raw, secret));
        }
    }

    @Test
    void theWrongStorageKeyIsACorruptStoreNotAProfile() throws PliException {
        profiles.create("Ada", Optional.empty());
        ProfileStore wrongKey = new ProfileStore(database, new ColumnCipher(SymmetricKey.random()));

        DatabaseException failure = assertThrows(DatabaseException.class, wrongKey::load);
        assertEquals(DatabaseException.Reason.CORRUPT, failure.reason());
    }

    @Test
    void toStringShowsNeitherNameNorSecrets() throws PliException {
        Profile profile = profiles.create("Ada Lovelace", Optional.of(RELAY));
        assertFalse(profile.toString().contains("Ada"));
        assertTrue(profile.toString().contains(profile.fingerprint().grouped()));
    }
}

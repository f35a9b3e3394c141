package app.pli.core.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.Argon2Params;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating and unlocking the storage key in both modes, and every way unlocking must fail. */
class VaultTest {
    static final Argon2Params FAST = Argon2Params.forTestsOnly(64, 1, 1);
    static final String SECRET = "correct-horse";

    @TempDir
    Path home;
    Database db;
    Path keyFile;

    @BeforeEach
    void open() throws PliException {
        db = VaultFixtures.openProfile(home);
        keyFile = home.resolve("storage.key");
    }

    @AfterEach
    void close() throws PliException {
        db.close();
    }

    static Passphrase passphrase(String text) {
        return Passphrase.fromString(text);
    }

    @Test
    void passphraseModeRoundTrip() throws PliException {
        SymmetricKey created = Vault.create(db, passphrase(SECRET), keyFile, FAST);
        assertEquals(created, Vault.unlock(db, passphrase(SECRET), keyFile));
        assertEquals(Optional.of(VaultProtection.PASSPHRASE), Vault.protection(db));
        assertFalse(Files.exists(keyFile), "the passphrase mode writes no key file");
    }

    @Test
    void unattendedModeRoundTrip() throws PliException {
        SymmetricKey created = Vault.create(db, null, keyFile, FAST);
        assertEquals(created, Vault.unlock(db, null, keyFile));
        assertEquals(created, Vault.unlock(db, passphrase("ignored"), keyFile));
        assertEquals(Optional.of(VaultProtection.KEY_FILE), Vault.protection(db));
    }

    @Test
    void eachVaultHasItsOwnRandomKey() throws PliException, IOException {
        SymmetricKey first = Vault.create(db, passphrase(SECRET), keyFile, FAST);
        Path other = Files.createDirectory(home.resolve("other"));
        try (Database otherDb = VaultFixtures.openProfile(other)) {
            assertNotEquals(first, Vault.create(otherDb, passphrase(SECRET), null, FAST));
        }
    }

    @Test
    void keyFileIsOwnerOnlyAndHoldsTheKey() throws PliException, IOException {
        SymmetricKey created = Vault.create(db, null, keyFile, FAST);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals(created, SymmetricKey.of(Files.readAllBytes(keyFile)));
    }

    @Test
    void noVaultYet() throws PliException {
        assertEquals(Optional.empty(), Vault.protection(db));
        VaultException e = assertThrows(VaultException.class, () -> Vault.unlock(db, passphrase(SECRET), keyFile));
        assertEquals(VaultException.Reason.NO_VAULT, e.reason());
        assertEquals("profile " + home.toAbsolutePath() + " has no key vault", e.getMessage());
    }

    @Test
    void secondCreateIsRefusedAndKeepsTheFirstKey() throws PliException {
        SymmetricKey created = Vault.create(db, passphrase(SECRET), keyFile, FAST);
        VaultException again = assertThrows(VaultException.class, () -> Vault.create(db, null, keyFile, FAST));
        assertEquals(VaultException.Reason.ALREADY_CREATED, again.reason());
        assertFalse(Files.exists(keyFile), "a refused create leaves no key file behind");
        assertEquals(created, Vault.unlock(db, passphrase(SECRET), keyFile));
    }

    @Test
    void existingKeyFileIsNeverOverwritten() throws PliException, IOException {
        byte[] foreign = "not ours".getBytes(StandardCharsets.US_ASCII);
        Files.write(keyFile, foreign);
        VaultException e = assertThrows(VaultException.class, () -> Vault.create(db, null, keyFile, FAST));
        assertEquals(VaultException.Reason.ALREADY_CREATED, e.reason());
        assertEquals("key file " + keyFile + " already exists; refusing to overwrite it", e.getMessage());
        assertEquals(List.of("not ours"), Files.readAllLines(keyFile));
        assertEquals(Optional.empty(), Vault.protection(db), "no vault row was committed");
    }

    @Test
    void emptyPassphraseIsRefused() {
        VaultException e = assertThrows(VaultException.class, () -> Vault.create(db, passphrase(""), keyFile, FAST));
        assertEquals(VaultException.Reason.EMPTY_PASSPHRASE, e.reason());
    }

    @Test
    void parametersAboveTheUnlockCeilingAreRefusedAtCreation() {
        assertThrows(IllegalArgumentException.class, () -> Vault.create(db, passphrase(SECRET), keyFile,
                new Argon2Params(PassphraseWrap.MAX_MEMORY_KIB + 1, 3, 1)));
        assertThrows(IllegalArgumentException.class, () -> Vault.create(db, passphrase(SECRET), keyFile,
                Argon2Params.forTestsOnly(64, PassphraseWrap.MAX_ITERATIONS + 1, 1)));
    }

    @Test
    void passphraseIsRequiredWhenTheVaultHasOne() throws PliException {
        Vault.create(db, passphrase(SECRET), keyFile, FAST);
        VaultException e = assertThrows(VaultException.class, () -> Vault.unlock(db, null, keyFile));
        assertEquals(VaultException.Reason.PASSPHRASE_REQUIRED, e.reason());
    }

    @Test
    void aadBindsFormatAndEveryParameter() {
        byte[] base = PassphraseWrap.aad(FAST);
        assertFalse(Arrays.equals(base, PassphraseWrap.aad(Argon2Params.forTestsOnly(65, 1, 1))));
        assertFalse(Arrays.equals(base, PassphraseWrap.aad(Argon2Params.forTestsOnly(64, 2, 1))));
        assertFalse(Arrays.equals(base, PassphraseWrap.aad(Argon2Params.forTestsOnly(64, 1, 2))));
        assertTrue(new String(base, StandardCharsets.US_ASCII).startsWith("pli/v1/vault/storage-key"));
    }
}

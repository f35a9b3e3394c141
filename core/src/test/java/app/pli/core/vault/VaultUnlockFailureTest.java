package app.pli.core.vault;

import static app.pli.core.vault.VaultTest.FAST;
import static app.pli.core.vault.VaultTest.SECRET;
import static app.pli.core.vault.VaultTest.passphrase;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.SymmetricKey;
import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unlocking fails with one clear error, and changes nothing on disk, for a wrong
 * passphrase, a tampered vault row and a missing, exposed or foreign key file.
 */
class VaultUnlockFailureTest {
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

    /** Runs {@code unlock}, expects {@code type}, and checks that no file changed. */
    private <T extends Throwable> T failsWithoutChange(Class<T> type, Executable unlock) throws IOException {
        Map<String, byte[]> before = VaultFixtures.snapshot(home);
        T failure = assertThrows(type, unlock);
        Map<String, byte[]> after = VaultFixtures.snapshot(home);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
        assertEquals(1, failure.getMessage().lines().count(), "one line: " + failure.getMessage());
        return failure;
    }

    @Test
    void wrongPassphrase() throws PliException, IOException {
        Vault.create(db, passphrase(SECRET), keyFile, FAST);
        WrongPassphraseException e = failsWithoutChange(WrongPassphraseException.class,
                () -> Vault.unlock(db, passphrase("correct-horsf"), keyFile));
        assertEquals("wrong passphrase for profile " + home.toAbsolutePath(), e.getMessage());
    }

    @Test
    void tamperedWrappedKeyFailsEvenWithTheRightPassphrase() throws PliException, IOException {
        Vault.create(db, passphrase(SECRET), keyFile, FAST);
        byte[] wrapped = db.read(connection -> {
            try (var rows = connection.createStatement().executeQuery("SELECT wrapped_key FROM vault")) {
                rows.next();
                return rows.getBytes(1);
            }
        });
        wrapped[30] ^= 0x01;
        VaultFixtures.tamper(db, "wrapped_key = ?", wrapped);
        failsWithoutChange(WrongPassphraseException.class, () -> Vault.unlock(db, passphrase(SECRET), keyFile));
    }

    @Test
    void loweredParametersFailAuthentication() throws PliException, IOException {
        Vault.create(db, passphrase(SECRET), keyFile, FAST);
        VaultFixtures.tamper(db, "kdf_memory_kib = ?", 32);
        failsWithoutChange(WrongPassphraseException.class, () -> Vault.unlock(db, passphrase(SECRET), keyFile));
    }

    @Test
    void absurdParametersAreRejectedBeforeAnyAllocation() throws PliException, IOException {
        Vault.create(db, passphrase(SECRET), keyFile, FAST);
        VaultFixtures.tamper(db, "kdf_memory_kib = ?", 1L << 40);
        VaultException memory = failsWithoutChange(VaultException.class,
                () -> Vault.unlock(db, passphrase(SECRET), keyFile));
        assertEquals(VaultException.Reason.DAMAGED, memory.reason());
        assertEquals("the key vault of profile " + home.toAbsolutePath()
                + " is damaged (Argon2id parameters out of bounds)", memory.getMessage());

        VaultFixtures.tamper(db, "kdf_memory_kib = ?", 64);
        VaultFixtures.tamper(db, "kdf_iterations = ?", 1_000_000);
        assertEquals(VaultException.Reason.DAMAGED, failsWithoutChange(VaultException.class,
                () -> Vault.unlock(db, passphrase(SECRET), keyFile)).reason());
    }

    @Test
    void malformedRowIsReportedAsDamage() throws PliException, IOException {
        Vault.create(db, passphrase(SECRET), keyFile, FAST);
        VaultFixtures.tamper(db, "kdf_salt = ?", new byte[1 << 20]);
        assertEquals(VaultException.Reason.DAMAGED, failsWithoutChange(VaultException.class,
                () -> Vault.unlock(db, passphrase(SECRET), keyFile)).reason());
        VaultFixtures.tamper(db, "kdf_salt = ?", new byte[16]);
        VaultFixtures.tamper(db, "protection = ?", "rot13");
        assertEquals(VaultException.Reason.DAMAGED, failsWithoutChange(VaultException.class,
                () -> Vault.unlock(db, passphrase(SECRET), keyFile)).reason());
    }

    @Test
    void newerFormatIsNamed() throws PliException, IOException {
        Vault.create(db, passphrase(SECRET), keyFile, FAST);
        VaultFixtures.tamper(db, "format = ?", 2);
        VaultException e = failsWithoutChange(VaultException.class, () -> Vault.unlock(db, passphrase(SECRET), keyFile));
        assertEquals(VaultException.Reason.NEWER_FORMAT, e.reason());
    }

    @Test
    void missingKeyFile() throws PliException, IOException {
        Vault.create(db, null, keyFile, FAST);
        Files.delete(keyFile);
        VaultException e = failsWithoutChange(VaultException.class, () -> Vault.unlock(db, null, keyFile));
        assertEquals(VaultException.Reason.KEY_FILE_MISSING, e.reason());
        assertEquals("key file " + keyFile + " of profile " + home.toAbsolutePath()
                + " is missing; the profile cannot be opened", e.getMessage());
    }

    @Test
    void keyFileReadableByOthersIsRefused() throws PliException, IOException {
        Vault.create(db, null, keyFile, FAST);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        VaultException e = failsWithoutChange(VaultException.class, () -> Vault.unlock(db, null, keyFile));
        assertEquals(VaultException.Reason.KEY_FILE_EXPOSED, e.reason());
    }

    @Test
    void keyFileOfAnotherProfileIsRefused() throws PliException, IOException {
        Vault.create(db, null, keyFile, FAST);
        Files.delete(keyFile);
        byte[] otherKey = SymmetricKey.random().bytes();
        Files.write(keyFile, otherKey);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        VaultException e = failsWithoutChange(VaultException.class, () -> Vault.unlock(db, null, keyFile));
        assertEquals(VaultException.Reason.KEY_FILE_MISMATCH, e.reason());

        Files.write(keyFile, new byte[31]);
        assertEquals(VaultException.Reason.DAMAGED,
                failsWithoutChange(VaultException.class, () -> Vault.unlock(db, null, keyFile)).reason());
    }

    @Test
    void databaseHoldsNeitherTheKeyNorThePassphrase() throws PliException, IOException {
        String distinctive = "Zebra-passphrase-7713";
        SymmetricKey passphraseKey = Vault.create(db, passphrase(distinctive), keyFile, FAST);
        Path unattendedHome = Files.createDirectory(home.resolve("unattended"));
        SymmetricKey fileKey;
        try (Database unattended = VaultFixtures.openProfile(unattendedHome)) {
            fileKey = Vault.create(unattended, null, unattendedHome.resolve("storage.key"), FAST);
        }
        db.close();
        assertNoneContains(VaultFixtures.snapshot(home), passphraseKey.bytes());
        assertNoneContains(VaultFixtures.snapshot(home), distinctive.getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> unattendedFiles = VaultFixtures.snapshot(unattendedHome);
        unattendedFiles.remove("storage.key");
        assertNoneContains(unattendedFiles, fileKey.bytes());
        db = VaultFixtures.openProfile(home);
    }

    private static void assertNoneContains(Map<String, byte[]> files, byte[] secret) {
        assertTrue(files.containsKey(VaultFixtures.DB_FILE), "the database file was inspected");
        files.forEach((name, bytes) ->
                assertFalse(VaultFixtures.contains(bytes, secret), name + " holds a secret in the clear"));
    }
}

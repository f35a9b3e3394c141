package app.pli.core.vault;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.Argon2Params;
import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.core.testing.StoreBytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Destroying the storage key without knowing it ({@code pli wipe}): afterwards neither the
 * passphrase nor the key file opens the store, and the old key material is gone from the
 * database file, its write-ahead log and the key file's place.
 */
class VaultDestroyTest {
    private static final Argon2Params FAST = Argon2Params.forTestsOnly(64, 1, 1);

    @TempDir
    Path home;

    @Test
    void afterDestroyTheRightPassphraseOpensNothingAndTheWrappedKeyIsGoneFromTheFiles() throws Exception {
        Path keyFile = home.resolve("storage.key");
        try (Database db = VaultFixtures.openProfile(home)) {
            Vault.create(db, Passphrase.fromString("correct-horse"), keyFile, FAST);
        }
        byte[] wrapped = column("wrapped_key");
        byte[] salt = column("kdf_salt");
        assertTrue(StoreBytes.contains(StoreBytes.rawBytes(home, "pli.db"), wrapped), "the wrapped key is in the files before");

        try (Database db = VaultFixtures.openProfile(home)) {
            assertTrue(Vault.destroyKey(db, keyFile), "checkpoint completed");
            assertThrows(PliException.class, () -> Vault.unlock(db, Passphrase.fromString("correct-horse"), keyFile));
        }
        assertFalse(StoreBytes.contains(StoreBytes.rawBytes(home, "pli.db"), wrapped), "no copy of the wrapped key left in the database or its log");
        assertFalse(StoreBytes.contains(StoreBytes.rawBytes(home, "pli.db"), salt), "nor of its salt");
    }

    @Test
    void anUnattendedProfileLosesItsKeyFile() throws Exception {
        Path keyFile = home.resolve("storage.key");
        try (Database db = VaultFixtures.openProfile(home)) {
            Vault.create(db, null, keyFile, FAST);
            Vault.destroyKey(db, keyFile);
            assertFalse(Files.exists(keyFile));
            assertThrows(PliException.class, () -> Vault.unlock(db, null, keyFile));
        }
    }

    private byte[] column(String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("pli.db"));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT " + name + " FROM vault WHERE id = 1")) {
            assertTrue(r.next());
            return r.getBytes(1);
        }
    }
}

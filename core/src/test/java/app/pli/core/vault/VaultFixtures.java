package app.pli.core.vault;

import app.pli.core.db.Database;
import app.pli.core.db.DatabaseException;
import app.pli.core.error.PliException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Opening a profile database with the vault table, tampering with it, and snapshotting its files. */
final class VaultFixtures {
    static final String DB_FILE = "pli.db";

    private VaultFixtures() {}

    static Database openProfile(Path home) throws DatabaseException {
        return Database.open(home.resolve(DB_FILE), List.of(Vault.SCHEMA));
    }

    /** Runs {@code UPDATE vault SET <assignment>} with one bound value, as an attacker with the disk would. */
    static void tamper(Database db, String assignment, Object value) throws PliException {
        db.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE vault SET " + assignment)) {
                update.setObject(1, value);
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The bytes of every file in {@code home} except SQLite's shared-memory index, which
     * readers update by design.
     */
    static Map<String, byte[]> snapshot(Path home) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> listing = Files.list(home)) {
            for (Path file : (Iterable<Path>) listing::iterator) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && !name.endsWith("-shm")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    /** Whether {@code needle} occurs anywhere in {@code haystack}. */
    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

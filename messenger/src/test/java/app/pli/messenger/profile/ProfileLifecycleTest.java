package app.pli.messenger.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.messenger.testing.TestProfiles;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.ProfileInfo;
import app.pli.messenger.api.Unlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating, refusing and opening profiles: the files in the home directory and the messages. */
class ProfileLifecycleTest {
    private static final String RELAY = "pli-relay://127.0.0.1:7337/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    @TempDir
    Path dir;

    private final ProfileService service = TestProfiles.service();

    @Test
    void initCreatesAnOwnerOnlyHomeAndOpensWithThePassphrase() throws PliException, IOException {
        Path home = dir.resolve("deep").resolve("home");
        ProfileInfo created = service.init(home, "Alice", Optional.empty(), TestProfiles.passphrase());

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)));
        assertTrue(Files.isRegularFile(home.resolve("pli.db")));
        assertFalse(Files.exists(home.resolve("storage.key")), "a passphrase profile has no key file");
        assertTrue(created.passphraseProtected());
        assertTrue(service.needsPassphrase(home));
        try (Messenger opened = service.open(home, TestProfiles.passphrase())) {
            ProfileInfo id = opened.id();
            assertEquals(created, id);
            assertEquals("Alice", id.name());
            assertTrue(id.fingerprint().contains(" "), "the fingerprint is grouped for reading aloud");
            assertEquals(Optional.empty(), id.relay());
        }
    }

    @Test
    void unattendedProfileKeepsItsKeyInAnOwnerOnlyFile() throws PliException, IOException {
        Path home = dir.resolve("robot");
        ProfileInfo created = service.init(home, "", Optional.of(RELAY), Unlock.unattended());

        assertFalse(created.passphraseProtected());
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("storage.key"))));
        assertFalse(service.needsPassphrase(home));
        try (Messenger opened = service.open(home, Unlock.unattended())) {
            assertEquals(Optional.of(RELAY), opened.id().relay());
        }
    }

    @Test
    void secondInitIsRefusedAndChangesNothing() throws PliException, IOException {
        Path home = dir.resolve("A");
        service.init(home, "Alice", Optional.empty(), TestProfiles.passphrase());
        Map<String, byte[]> before = snapshot(home);

        PliException refused = assertThrows(PliException.class,
                () -> service.init(home, "Mallory", Optional.empty(), Unlock.unattended()));

        assertEquals("a profile already exists in " + home.toAbsolutePath().normalize(), refused.getMessage());
        assertSameFiles(before, snapshot(home));
    }

    @Test
    void wrongPassphraseIsOneClearLineAndChangesNothing() throws PliException, IOException {
        Path home = dir.resolve("A");
        service.init(home, "Alice", Optional.empty(), TestProfiles.passphrase());
        Map<String, byte[]> before = snapshot(home);

        PliException wrong = assertThrows(PliException.class,
                () -> service.open(home, Unlock.passphrase("battery-staple".toCharArray())));

        assertEquals("wrong passphrase for profile " + home.toAbsolutePath().normalize(), wrong.getMessage());
        assertSameFiles(before, snapshot(home));
        PliException none = assertThrows(PliException.class, () -> service.open(home, Unlock.unattended()));
        assertTrue(none.getMessage().contains("protected by a passphrase"), none.getMessage());
    }

    @Test
    void missingProfileIsNamedAndNothingIsCreated() {
        Path home = dir.resolve("nobody");
        String expected = "no profile in " + home.toAbsolutePath().normalize() + "; create one with: pli init";

        assertEquals(expected, assertThrows(PliException.class,
                () -> service.open(home, TestProfiles.passphrase())).getMessage());
        assertEquals(expected, assertThrows(PliException.class, () -> service.needsPassphrase(home)).getMessage());
        assertFalse(Files.exists(home));
    }

    @Test
    void badInputToInitCreatesNothing() throws IOException {
        Path home = dir.resolve("fresh");

        assertThrows(PliException.class,
                () -> service.init(home, "Alice", Optional.of("not-a-relay"), TestProfiles.passphrase()));
        assertThrows(PliException.class,
                () -> service.init(home, "Alice\u0007", Optional.empty(), TestProfiles.passphrase()));
        assertThrows(PliException.class,
                () -> service.init(home, "Alice", Optional.empty(), Unlock.passphrase(new char[0])));

        assertFalse(Files.exists(home));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void homeRelayIsValidatedAndRequiredForAnInvitation() throws PliException {
        Path home = dir.resolve("A");
        service.init(home, "Alice", Optional.empty(), TestProfiles.passphrase());
        try (Messenger alice = service.open(home, TestProfiles.passphrase())) {
            assertEquals("no home relay: set one with pli relay use ADDRESS",
                    assertThrows(PliException.class, () -> alice.invite(Duration.ofHours(1))).getMessage());
            assertThrows(PliException.class, () -> alice.useRelay("pli-relay://no-port/key"));
            assertEquals(Optional.empty(), alice.id().relay());

            assertEquals(Optional.of(RELAY), alice.useRelay(" " + RELAY + " ").relay());
            assertEquals(Optional.of(RELAY), alice.id().relay());
        }
    }

    @Test
    void aClosedProfileRefusesCalls() throws PliException {
        Path home = dir.resolve("A");
        service.init(home, "Alice", Optional.empty(), TestProfiles.passphrase());
        Messenger alice = service.open(home, TestProfiles.passphrase());
        alice.close();
        alice.close();

        assertThrows(PliException.class, alice::id);
    }

    /** Every file under {@code home} with its bytes, by relative path. */
    private static Map<String, byte[]> snapshot(Path home) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(home)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                byte[] bytes = Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
                files.put(home.relativize(path).toString(), bytes);
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        for (Map.Entry<String, byte[]> entry : before.entrySet()) {
            assertArrayEquals(entry.getValue(), after.get(entry.getKey()), entry.getKey() + " changed");
        }
    }
}

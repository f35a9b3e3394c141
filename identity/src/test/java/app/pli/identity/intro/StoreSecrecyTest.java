package app.pli.identity.intro;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.identity.contact.RouteBytes;
import app.pli.identity.keys.IdentityKeyPair;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.route.RelayRoute;
import app.pli.core.testing.MutableClock;
import app.pli.identity.testing.StoreFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone holding the store files without the storage key learns no name and no key: the
 * raw bytes of the database and its write-ahead log are searched for every display name,
 * contact name, public key, private key and secret of a whole introduction.
 */
class StoreSecrecyTest {
    private static final String ALICE = "Alice Liddell";
    private static final String BOB = "Robert Bobson";
    private static final String BOBS_NAME_FOR_ALICE = "Minister Liddell";

    @TempDir
    Path temp;

    @Test
    void noNameKeyOrSecretIsStoredInClear() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
        Map<String, byte[]> secrets = new LinkedHashMap<>();
        try (Party alice = Party.create(temp, ALICE, clock); Party bob = Party.create(temp, BOB, clock)) {
            CreatedInvitation invitation = alice.introductions.invite(Party.relayRoute(), alice.inbox,
                    Duration.ofHours(24));
            AcceptedInvitation accepted = bob.introductions.accept(invitation.invitation(), bob.inbox, BOB,
                    Optional.of(BOBS_NAME_FOR_ALICE));
            secrets.put("invitation secret", invitation.invitation().secret());
            secrets.put("M1 payload", bob.introductions.pendingOutbox().get(0).payload());
            alice.introductions.receive(invitation.introductionId(), bob.send());
            secrets.put("M2 payload", alice.introductions.pendingOutbox().get(0).payload());
            bob.introductions.receive(accepted.introductionId(), alice.send());
            IntroductionOutcome outcome = alice.introductions.outcome(alice.contact(BOB).id()).orElseThrow();
            secrets.put("root key", outcome.rootKey().bytes());
            secrets.put("EK_A private", outcome.inviterEphemeralPair().orElseThrow().privateKey().bytes());
            secrets.put("EK_A public", outcome.inviterEphemeralKey().bytes());
            secrets.put("commitment", invitation.invitation().commitment());
            addIdentity(secrets, "Alice", alice.profile().keys());
            addIdentity(secrets, "Bob", bob.profile().keys());
            addText(secrets, ALICE, BOB, BOBS_NAME_FOR_ALICE, Party.RELAY);
            secrets.put("Alice's inbox", RouteBytes.encode(alice.inbox));
            secrets.put("Bob's deposit id", ((RelayRoute) bob.inbox).depositId());

            assertTrue(Files.size(alice.folder.resolve(StoreFiles.FILE_NAME + "-wal")) > 0, "the WAL is searched too");
            assertNoneFound(secrets, alice.folder, bob.folder);
            alice.introductions.verify(BOB, bob.contact(BOBS_NAME_FOR_ALICE).code());
            assertNoneFound(secrets, alice.folder, bob.folder);
        }
        assertNoneFound(secrets, foldersIn(temp));
    }

    private static Path[] foldersIn(Path parent) throws Exception {
        try (var folders = Files.list(parent)) {
            return folders.filter(Files::isDirectory).toArray(Path[]::new);
        }
    }

    private static void addIdentity(Map<String, byte[]> secrets, String who, IdentityKeyPair keys) {
        IdentityPublicKeys pub = keys.publicKeys();
        secrets.put(who + "'s signing key", pub.signing().bytes());
        secrets.put(who + "'s agreement key", pub.agreement().bytes());
        secrets.put(who + "'s binding", pub.binding());
        secrets.put(who + "'s signing seed", keys.signing().privateKey().bytes());
        secrets.put(who + "'s agreement private key", keys.agreement().privateKey().bytes());
    }

    private static void addText(Map<String, byte[]> secrets, String... texts) {
        for (String text : texts) {
            secrets.put("text " + text, text.getBytes(StandardCharsets.UTF_8));
            secrets.put("UTF-16 text " + text, text.getBytes(StandardCharsets.UTF_16LE));
        }
    }

    private static void assertNoneFound(Map<String, byte[]> secrets, Path... folders) throws Exception {
        List<String> found = new ArrayList<>();
        for (Path folder : folders) {
            byte[] raw = StoreFiles.rawBytes(folder);
            secrets.forEach((what, bytes) -> {
                if (StoreFiles.contains(raw, bytes)) {
                    found.add(what + " in " + folder.getFileName() + " (" + HexFormat.of().formatHex(bytes, 0, 4) + "…)");
                }
            });
        }
        assertFalse(folders.length == 0);
        // A positive control: the search does find what SQLite stores in clear (the schema).
        assertTrue(StoreFiles.contains(StoreFiles.rawBytes(folders[0]),
                "CREATE TABLE contact".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(found.isEmpty(), "found in clear: " + found);
    }
}

package app.pli.identity.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.contact.ContactNotFoundException;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.TrustState;
import app.pli.identity.keys.IdentityKeyPair;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.profile.ProfileStore;
import app.pli.identity.route.RelayRoute;
import app.pli.identity.testing.StoreFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Groups over real stores: an admin creates and changes, members receive the versions and
 * converge, every refused step changes nothing, and an invitation must come from the admin
 * who signed it.
 */
class GroupsTest {
    private static final String RELAY = "pli-relay://relay.test:7700/k3yk3yk3y";

    @TempDir
    Path temp;

    private Member alicia;
    private Member bertrand;
    private Member carolina;

    /** One profile: its store, its groups, and the ids of its contacts by name. */
    private static final class Member implements AutoCloseable {
        final Database database;
        final ProfileStore profiles;
        final ContactStore contacts;
        final Groups groups;
        final Map<String, Long> contactIds = new HashMap<>();

        Member(Path parent, String name) throws Exception {
            ColumnCipher cipher = new ColumnCipher(SymmetricKey.random());
            database = StoreFiles.open(Files.createDirectories(parent.resolve(name)));
            profiles = new ProfileStore(database, cipher);
            contacts = new ContactStore(database, cipher);
            groups = new Groups(database, cipher);
            profiles.create(name, Optional.of(RELAY));
        }

        IdentityPublicKeys keys() throws PliException {
            return profiles.load().keys().publicKeys();
        }

        void meet(String name, IdentityPublicKeys keys, TrustState state) throws PliException {
            long id = database.write(c -> contacts.insert(c, name, state, keys,
                    new RelayRoute(RELAY, CryptoRandom.bytes(RelayRoute.DEPOSIT_ID_BYTES)), null).id());
            contactIds.put(name, id);
        }

        Groups.Received receive(String from, GroupVersion version) throws PliException {
            return database.write(c -> groups.receive(c, contactIds.get(from), version));
        }

        @Override
        public void close() throws PliException {
            database.close();
        }
    }

    @BeforeEach
    void meet() throws Exception {
        alicia = new Member(temp, "Alicia");
        bertrand = new Member(temp, "Bertrand");
        carolina = new Member(temp, "Carolina");
        alicia.meet("Bertrand", bertrand.keys(), TrustState.VERIFIED);
        alicia.meet("Carolina", carolina.keys(), TrustState.INTRODUCED);
        bertrand.meet("Alicia", alicia.keys(), TrustState.VERIFIED);
        carolina.meet("Alicia", alicia.keys(), TrustState.INTRODUCED);
    }

    @AfterEach
    void close() throws PliException {
        alicia.close();
        bertrand.close();
        carolina.close();
    }

    @Test
    void membersReceiveTheAdminsVersionsAndSeeTheSameGroup() throws PliException {
        GroupView created = alicia.groups.create("Cabinet");
        assertEquals(1, created.head().number());
        assertTrue(created.admin());
        GroupChange added = alicia.groups.add("Cabinet", List.of("Bertrand", "Carolina"));
        assertEquals(List.of(bertrand.keys(), carolina.keys()), added.recipients());
        assertEquals(List.of("Bertrand", "Carolina"), added.added().stream().map(GroupMember::name).toList());
        assertEquals(1, added.introductions().size(), "Bertrand and Carolina meet; Alicia knows both");

        assertEquals(Groups.Received.INVITED, bertrand.receive("Alicia", added.version()));
        GroupView invited = bertrand.groups.find("Cabinet");
        assertEquals(GroupStatus.INVITED, invited.status());
        assertFalse(invited.admin());
        assertEquals(Groups.Received.KEPT, bertrand.receive("Alicia", added.version()), "a repeat changes nothing");
        assertEquals(GroupStatus.MEMBER, bertrand.groups.accept(invited.id().substring(0, 6)).status());

        GroupChange promoted = alicia.groups.promote("Cabinet", "Bertrand");
        assertEquals(Groups.Received.CHANGED, bertrand.receive("Alicia", promoted.version()));
        assertTrue(bertrand.groups.find("Cabinet").admin());
        GroupChange renamed = bertrand.groups.rename("Cabinet", "Crisis cell");
        assertEquals(Groups.Received.CHANGED, alicia.receive("Bertrand", renamed.version()));
        assertEquals("Crisis cell", alicia.groups.find("Crisis cell").name());
        assertEquals(alicia.groups.find("Crisis cell").head(), bertrand.groups.find("Crisis cell").head());

        GroupChange removed = alicia.groups.remove("Crisis cell", "Carolina");
        assertTrue(removed.recipients().contains(carolina.keys()), "the removed member learns it");
        assertEquals(Groups.Received.INVITED, carolina.receive("Alicia", added.version()));
        assertEquals(Groups.Received.KEPT, carolina.receive("Alicia", removed.version()),
                "waits for the versions between");
        assertEquals(Groups.Received.CHANGED, carolina.receive("Alicia", promoted.version()));
        assertEquals(GroupStatus.INVITED, carolina.groups.find("Cabinet").status(), "not yet removed");
        assertEquals(Groups.Received.CHANGED, carolina.receive("Alicia", renamed.version()));
        assertEquals(GroupStatus.REMOVED, carolina.groups.find("Crisis cell").status());
        long row = carolina.groups.find("Crisis cell").rowId();
        assertThrows(GroupException.class, () -> carolina.database.write(c -> carolina.groups.sending(c, row, 1)),
                "a removed member sends nothing");
    }

    @Test
    void theLastAdminLeavesOnlyOnceAnotherMemberIsOne() throws PliException {
        alicia.groups.create("Cabinet");
        GroupChange added = alicia.groups.add("Cabinet", List.of("Bertrand"));
        Map<String, List<String>> before = StoreFiles.dump(alicia.database);
        GroupException refused = assertThrows(GroupException.class, () -> alicia.groups.leave("Cabinet"));
        assertTrue(refused.getMessage().contains("last admin"), refused.getMessage());
        assertEquals(before, StoreFiles.dump(alicia.database), "a refused leave changes nothing");

        bertrand.receive("Alicia", added.version());
        bertrand.groups.accept("Cabinet");
        assertEquals(GroupStatus.LEFT, bertrand.groups.leave("Cabinet").group().status(), "a member leaves freely");
        alicia.groups.create("Alone");
        assertEquals(GroupStatus.LEFT, alicia.groups.leave("Alone").group().status(), "alone, the admin may leave");
        alicia.groups.promote("Cabinet", "Bertrand");
        assertEquals(GroupStatus.LEFT, alicia.groups.leave("Cabinet").group().status(), "another admin remains");
    }

    @Test
    void sendTimesAndSequencesOnlyGoUp() throws PliException {
        GroupView group = alicia.groups.create("Cabinet");
        byte[] record = sealedRecord(alicia, group.rowId());
        GroupSending first = alicia.database.write(c -> alicia.groups.sending(c, group.rowId(), 5_000));
        GroupSending second = alicia.database.write(c -> alicia.groups.sending(c, group.rowId(), 4_000));
        assertEquals(1, first.sequence());
        assertEquals(2, second.sequence());
        assertTrue(second.sentAt() > first.sentAt(), "a clock that went back does not reorder");
        assertArrayEquals(record, sealedRecord(alicia, group.rowId()),
                "a send leaves the group's record alone (the loops' change marks read it)");
    }

    private static byte[] sealedRecord(Member person, long groupRow) throws PliException {
        return person.database.read(c -> {
            try (var select = c.prepareStatement("SELECT record FROM member_group WHERE id = ?")) {
                select.setLong(1, groupRow);
                try (var row = select.executeQuery()) {
                    assertTrue(row.next());
                    return row.getBytes(1);
                }
            }
        });
    }

    @Test
    void everyRefusedStepChangesNothing() throws PliException {
        alicia.groups.create("Cabinet");
        alicia.meet("Daniel", IdentityKeyPair.generate().publicKeys(), TrustState.UNVERIFIED);
        Map<String, List<String>> before = StoreFiles.dump(alicia.database);
        assertThrows(GroupException.class, () -> alicia.groups.create("Cabinet"), "a name clash");
        assertThrows(ContactNotFoundException.class, () -> alicia.groups.add("Cabinet", List.of("Nobody")));
        assertThrows(GroupException.class, () -> alicia.groups.add("Cabinet", List.of("Bertrand", "Daniel")),
                "an unverified contact, and Bertrand is not added either");
        assertThrows(GroupException.class, () -> alicia.groups.add("Nothing", List.of("Bertrand")));
        assertThrows(GroupException.class, () -> alicia.groups.remove("Cabinet", "Bertrand"), "not a member");
        assertThrows(GroupException.class, () -> alicia.groups.remove("Cabinet", "Alicia"), "leave instead");
        assertEquals(before, StoreFiles.dump(alicia.database));

        alicia.groups.create("Cabinet 2");
        alicia.groups.rename("Cabinet 2", "Cabinet 3");
        GroupException clash = assertThrows(GroupException.class, () -> alicia.groups.rename("Cabinet 3", "Cabinet"));
        assertTrue(clash.getMessage().contains("Cabinet"));
    }

    @Test
    void aMemberCannotChangeTheGroupAndAnAmbiguousNameListsTheIds() throws PliException {
        GroupChange added = alicia.groups.add(alicia.groups.create("Cabinet").id(), List.of("Bertrand"));
        bertrand.receive("Alicia", added.version());
        bertrand.groups.accept("Cabinet");
        GroupException notAdmin = assertThrows(GroupException.class,
                () -> bertrand.groups.rename("Cabinet", "Mine"));
        assertTrue(notAdmin.getMessage().contains("only an admin"), notAdmin.getMessage());

        carolina.meet("Bertrand", bertrand.keys(), TrustState.VERIFIED);
        bertrand.meet("Carolina", carolina.keys(), TrustState.VERIFIED);
        GroupChange other = carolina.groups.add(carolina.groups.create("Cabinet").id(), List.of("Bertrand"));
        bertrand.receive("Carolina", other.version());
        GroupException ambiguous = assertThrows(GroupException.class, () -> bertrand.groups.find("Cabinet"));
        assertTrue(ambiguous.getMessage().contains(bertrand.groups.view(rowOf(bertrand, other)).id().substring(0, 8)),
                ambiguous.getMessage());
        assertEquals("Cabinet", bertrand.groups.find(added.group().id().substring(0, 8)).name(), "by id prefix");
        GroupException unknown = assertThrows(GroupException.class, () -> bertrand.groups.find("Other"));
        assertTrue(unknown.getMessage().contains("no group"), unknown.getMessage());
    }

    @Test
    void anInvitationMustComeFromItsAuthorAndAForgedChangeIsRefused() throws PliException {
        GroupChange added = alicia.groups.add(alicia.groups.create("Cabinet").id(), List.of("Bertrand", "Carolina"));
        bertrand.meet("Carolina", carolina.keys(), TrustState.INTRODUCED);
        assertThrows(GroupException.class, () -> bertrand.receive("Carolina", added.version()),
                "Carolina did not sign it");
        bertrand.receive("Alicia", added.version());
        IdentityKeyPair stranger = IdentityKeyPair.generate();
        GroupException forged = assertThrows(GroupException.class, () -> bertrand.receive("Alicia",
                signedBy(added.version(), stranger)));
        assertTrue(forged.getMessage().contains("never a member"), forged.getMessage());
        assertEquals(2, bertrand.groups.find("Cabinet").head().number());
    }

    @Test
    void aMemberLeavesAndTheOthersSeeItGone() throws PliException {
        GroupChange added = alicia.groups.add(alicia.groups.create("Cabinet").id(), List.of("Bertrand"));
        bertrand.receive("Alicia", added.version());
        GroupChange left = bertrand.groups.leave("Cabinet");
        assertEquals(GroupStatus.LEFT, bertrand.groups.find("Cabinet").status());
        assertEquals(List.of(alicia.keys()), left.recipients());
        assertEquals(Groups.Received.CHANGED, alicia.receive("Bertrand", left.version()));
        assertEquals(1, alicia.groups.find("Cabinet").members().size());
        assertThrows(GroupException.class, () -> bertrand.groups.leave("Cabinet"), "once");
    }

    private static long rowOf(Member member, GroupChange change) throws PliException {
        return member.groups.byId(change.version().groupId()).orElseThrow().rowId();
    }

    /** A version like {@code version}'s successor, signed by someone else. */
    private static GroupVersion signedBy(GroupVersion version, IdentityKeyPair signer) throws GroupException {
        List<GroupMember> members = new ArrayList<>(version.members());
        members.add(new GroupMember(signer.publicKeys(), "Mallory", GroupRole.ADMIN));
        return new GroupVersion(version.groupId(), version.number() + 1, version.hash(), version.name(), members,
                signer.publicKeys().signing(), Ed25519.sign(signer.signing().privateKey(),
                        new byte[32]));
    }
}

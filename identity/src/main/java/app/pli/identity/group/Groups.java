package app.pli.identity.group;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.Ed25519;
import app.pli.core.db.Database;
import app.pli.core.db.SchemaOwner;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactNames;
import app.pli.identity.contact.ContactNotFoundException;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.TrustState;
import app.pli.identity.keys.IdentityKeyPair;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.profile.Profile;
import app.pli.identity.profile.ProfileStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The groups of one profile: signed, versioned membership with admins.
 *
 * <p>A group's state is a chain of {@link GroupVersion}s, each signed by an admin of the
 * one before (or by a member leaving), so every member checks every change and a forged or
 * replayed one does not fit. Two admins may change the group at once: both versions name
 * the same parent, and every member keeps the one with the smaller hash (unsigned
 * lexicographic), so all converge on the same chain; the other change is dropped. A
 * member joins from the version it was invited with (its checkpoint), trusting it as the
 * contact who invited it presented it.
 *
 * <p>Every method runs one transaction, or the caller's; a refused step throws and changes
 * nothing. Thread-safe.
 */
public final class Groups {
    private final Database database;
    private final ProfileStore profiles;
    private final ContactStore contacts;
    private final GroupStore store;
    private final GroupChanges changes;

    /** Groups whose changes go nowhere (see {@link GroupChanges}). */
    public Groups(Database database, ColumnCipher cipher) {
        this(database, cipher, GroupChanges.NONE);
    }

    /** Groups that hand every change this profile makes to {@code changes}, in its transaction. */
    public Groups(Database database, ColumnCipher cipher, GroupChanges changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.database = Objects.requireNonNull(database, "database");
        this.profiles = new ProfileStore(database, cipher);
        this.contacts = new ContactStore(database, cipher);
        this.store = new GroupStore(cipher);
    }

    /** The schema owner groups need; it migrates after identity's contact table. */
    public static List<SchemaOwner> schemaOwners() {
        return List.of(new GroupSchema());
    }

    /** Creates a group with this profile its only member and admin; the name must be free among its groups. */
    public GroupView create(String name) throws PliException {
        return database.write(c -> {
            requireNameFree(c, name, 0);
            Profile me = profiles.load(c);
            GroupVersion first = GroupVersion.first(CryptoRandom.bytes(GroupConstants.ID_BYTES), name, me.keys(),
                    me.displayName().isEmpty() ? "me" : me.displayName());
            GroupStore.Row row = store.insert(c, new GroupStore.GroupRecord(first.groupId(), GroupStatus.MEMBER, 0,
                    first.hash()));
            store.addVersion(c, row.id(), first);
            return view(c, row);
        });
    }

    /** Every group this profile knows. */
    public List<GroupView> list() throws PliException {
        return database.read(c -> {
            List<GroupView> views = new ArrayList<>();
            for (GroupStore.Row row : store.all(c)) {
                views.add(view(c, row));
            }
            return views;
        });
    }

    /**
     * The group named {@code nameOrId} (its name, or a prefix of at least 4 hex digits of its
     * id); a name several groups share is refused with their ids.
     */
    public GroupView find(String nameOrId) throws PliException {
        return database.read(c -> view(c, findRow(c, nameOrId)));
    }

    /** As {@link #find(String)}, in the caller's transaction. */
    public GroupView find(Connection c, String nameOrId) throws SQLException, PliException {
        return view(c, findRow(c, nameOrId));
    }

    /** The group of row {@code rowId}. */
    public GroupView view(long rowId) throws PliException {
        return database.read(c -> view(c, store.find(c, rowId)
                .orElseThrow(() -> new GroupException("no such group"))));
    }

    /** The group whose id is {@code groupId}, if this profile knows it. */
    public Optional<GroupView> byId(byte[] groupId) throws PliException {
        return database.read(c -> byId(c, groupId));
    }

    /** The group whose id is {@code groupId}, in the caller's transaction. */
    public Optional<GroupView> byId(Connection c, byte[] groupId) throws SQLException, PliException {
        Optional<GroupStore.Row> row = rowById(c, groupId);
        return row.isEmpty() ? Optional.empty() : Optional.of(view(c, row.get()));
    }

    /** The group of row {@code rowId}, in the caller's transaction. */
    public Optional<GroupView> view(Connection c, long rowId) throws SQLException, PliException {
        Optional<GroupStore.Row> row = store.find(c, rowId);
        return row.isEmpty() ? Optional.empty() : Optional.of(view(c, row.get()));
    }

    /** Accepts the invitation to a group: this profile takes part from now on. */
    public GroupView accept(String nameOrId) throws PliException {
        return database.write(c -> {
            GroupStore.Row row = findRow(c, nameOrId);
            requireStatus(row, GroupStatus.INVITED, "you are not invited to this group (or answered already)");
            GroupStore.Row member = new GroupStore.Row(row.id(), row.record().with(GroupStatus.MEMBER));
            store.update(c, member);
            return view(c, member);
        });
    }

    /**
     * Leaves the group (or declines an invitation to it): a version without this profile,
     * which the others must get. The last admin may leave only a group it is alone in: a
     * group nobody can change any more is refused.
     */
    public GroupChange leave(String nameOrId) throws PliException {
        return database.write(c -> {
            GroupStore.Row row = findRow(c, nameOrId);
            if (row.record().status() != GroupStatus.INVITED && row.record().status() != GroupStatus.MEMBER) {
                throw new GroupException("you are no longer in this group");
            }
            Profile me = profiles.load(c);
            GroupVersion head = head(c, row);
            List<GroupMember> remaining = new ArrayList<>(head.members());
            GroupMember leaving = head.member(me.keys().publicKeys()).orElseThrow();
            remaining.remove(leaving);
            if (leaving.admin() && !remaining.isEmpty() && remaining.stream().noneMatch(GroupMember::admin)) {
                throw new GroupException("you are the last admin of \"" + head.name()
                        + "\": make another member an admin (group promote) before you leave");
            }
            return change(c, row.with(GroupStatus.LEFT), head, head.name(), remaining, me.keys());
        });
    }

    /** An admin adds contacts (verified in person or introduced) to the group. */
    public GroupChange add(String nameOrId, List<String> contactNames) throws PliException {
        if (contactNames.isEmpty()) {
            throw new GroupException("name at least one contact to add");
        }
        return database.write(c -> {
            GroupStore.Row row = findRow(c, nameOrId);
            Admin admin = admin(c, row);
            List<GroupMember> members = new ArrayList<>(admin.head().members());
            for (String name : new LinkedHashSet<>(contactNames)) {
                Contact contact = contacts.findByName(c, name).orElseThrow(
                        () -> new ContactNotFoundException("\"" + name + "\" is not one of your contacts"));
                if (contact.keys() == null || (contact.state() != TrustState.VERIFIED
                        && contact.state() != TrustState.INTRODUCED)) {
                    throw new GroupException("\"" + name + "\" is " + contact.state().externalName()
                            + ": add only contacts verified in person or introduced");
                }
                if (members.stream().anyMatch(m -> m.keys().equals(contact.keys()))) {
                    throw new GroupException("\"" + name + "\" is already a member");
                }
                if (members.stream().anyMatch(m -> m.name().equals(contact.name()))) {
                    throw new GroupException("another member of this group is named \"" + name
                            + "\"; rename your contact first (pli contacts rename)");
                }
                members.add(new GroupMember(contact.keys(), contact.name(), GroupRole.MEMBER));
            }
            return change(c, row, admin.head(), admin.head().name(), members, admin.keys());
        });
    }

    /** An admin removes a member (by its name in the group). */
    public GroupChange remove(String nameOrId, String memberName) throws PliException {
        return database.write(c -> {
            GroupStore.Row row = findRow(c, nameOrId);
            Admin admin = admin(c, row);
            GroupMember member = member(admin.head(), memberName);
            if (member.keys().equals(admin.keys().publicKeys())) {
                throw new GroupException("to remove yourself, leave the group");
            }
            List<GroupMember> members = new ArrayList<>(admin.head().members());
            members.remove(member);
            return change(c, row, admin.head(), admin.head().name(), members, admin.keys());
        });
    }

    /** An admin makes a member an admin. */
    public GroupChange promote(String nameOrId, String memberName) throws PliException {
        return database.write(c -> {
            GroupStore.Row row = findRow(c, nameOrId);
            Admin admin = admin(c, row);
            GroupMember member = member(admin.head(), memberName);
            if (member.admin()) {
                throw new GroupException("\"" + memberName + "\" is an admin already");
            }
            List<GroupMember> members = new ArrayList<>(admin.head().members());
            members.set(members.indexOf(member), member.withRole(GroupRole.ADMIN));
            return change(c, row, admin.head(), admin.head().name(), members, admin.keys());
        });
    }

    /** An admin renames the group. */
    public GroupChange rename(String nameOrId, String newName) throws PliException {
        return database.write(c -> {
            GroupStore.Row row = findRow(c, nameOrId);
            Admin admin = admin(c, row);
            requireNameFree(c, newName, row.id());
            return change(c, row, admin.head(), newName, admin.head().members(), admin.keys());
        });
    }

    /** What receiving a version did. */
    public enum Received {
        /** A group this profile did not know: it is invited. */
        INVITED,
        /** The group's head changed (members, names or roles as the new version says). */
        CHANGED,
        /** Kept (it may become the head once the versions before it arrive), or known already. */
        KEPT
    }

    /**
     * A version arrived from the contact {@code fromContactId} inside its session, in the
     * caller's transaction. A group this profile does not know yet is an invitation (the
     * version must list this profile and the sender); otherwise the version is kept and the
     * head chosen again.
     *
     * @throws GroupException if the version does not hold or does not concern this profile
     */
    public Received receive(Connection c, long fromContactId, GroupVersion version) throws SQLException, PliException {
        Contact from = contacts.find(c, fromContactId).filter(found -> found.keys() != null)
                .orElseThrow(() -> new GroupException("a group version came from a contact without keys"));
        IdentityPublicKeys me = profiles.load(c).keys().publicKeys();
        Optional<GroupStore.Row> known = rowById(c, version.groupId());
        if (known.isEmpty()) {
            if (version.member(me).isEmpty() || !from.keys().signing().equals(version.author())) {
                throw new GroupException("an invitation to a group from \"" + from.name()
                        + "\" is not its own or does not name this profile");
            }
            checkCheckpoint(version);
            GroupStore.Row row = store.insert(c, new GroupStore.GroupRecord(version.groupId(), GroupStatus.INVITED,
                    fromContactId, version.hash()));
            store.addVersion(c, row.id(), version);
            return Received.INVITED;
        }
        GroupStore.Row row = known.get();
        List<GroupVersion> versions = store.versions(c, row.id());
        if (versions.stream().anyMatch(v -> Arrays.equals(v.hash(), version.hash()))) {
            return Received.KEPT;
        }
        if (versions.stream().noneMatch(v -> v.memberSigning(version.author()).isPresent())) {
            throw new GroupException("a group version is signed by someone who was never a member");
        }
        GroupVersion before = Canonical.head(versions, row.record().checkpoint());
        store.addVersion(c, row.id(), version);
        versions.add(version);
        GroupVersion after = Canonical.head(versions, row.record().checkpoint());
        if (Arrays.equals(before.hash(), after.hash())) {
            return Received.KEPT;
        }
        GroupStatus status = row.record().status();
        boolean listed = after.member(me).isPresent();
        if (!listed && (status == GroupStatus.INVITED || status == GroupStatus.MEMBER)) {
            store.update(c, row.with(GroupStatus.REMOVED));
        } else if (listed && (status == GroupStatus.LEFT || status == GroupStatus.REMOVED)) {
            store.update(c, row.with(new GroupStore.GroupRecord(row.record().groupId(), GroupStatus.INVITED,
                    fromContactId, row.record().checkpoint()))); // added again: invited anew
        }
        return Received.CHANGED;
    }

    /** The head of the group of row {@code rowId}, in the caller's transaction. */
    public GroupVersion head(Connection c, long rowId) throws SQLException, PliException {
        return head(c, store.find(c, rowId).orElseThrow(() -> new GroupException("no such group")));
    }

    /**
     * What sending a text to the group of row {@code rowId} at {@code nowMillis} needs, in the
     * caller's transaction: the head (whose members get it) and this profile's next send time
     * and sequence number in the group, which it records.
     *
     * @throws GroupException if this profile is not a member (invited, left or removed)
     */
    public GroupSending sending(Connection c, long rowId, long nowMillis) throws SQLException, PliException {
        GroupStore.Row row = store.find(c, rowId).orElseThrow(() -> new GroupException("no such group"));
        requireStatus(row, GroupStatus.MEMBER, row.record().status() == GroupStatus.INVITED
                ? "accept the invitation to this group first" : "you are no longer in this group");
        GroupStore.SendCounter counter = store.sendCounter(c, rowId).next(nowMillis);
        store.saveSendCounter(c, rowId, counter);
        return new GroupSending(view(c, row), counter.lastSentAt(), counter.lastSequence());
    }

    /**
     * Marks the offer of row {@code offerRow} as made for the group {@code groupId}, in the
     * caller's transaction (the one that received it); false (and nothing marked) if this
     * profile does not know that group.
     */
    public boolean tagOffer(Connection c, long offerRow, byte[] groupId) throws SQLException, PliException {
        Optional<GroupStore.Row> row = rowById(c, groupId);
        if (row.isEmpty()) {
            return false;
        }
        store.tagOffer(c, offerRow, row.get().id());
        return true;
    }

    /** The group row the offer of row {@code offerRow} was made for, if it was. */
    public Optional<Long> offerGroup(long offerRow) throws PliException {
        return database.read(c -> store.offerGroup(c, offerRow));
    }

    /**
     * The contacts this profile knows only through a group (made by a group's offer, not
     * shown among the contacts until {@link #showContact} promotes them).
     */
    public Set<Long> groupOnlyContacts(Connection c) throws SQLException {
        return store.groupOnlyContacts(c);
    }

    /** {@link #groupOnlyContacts(Connection)} in its own transaction. */
    public Set<Long> groupOnlyContacts() throws PliException {
        return database.read(store::groupOnlyContacts);
    }

    /**
     * Promotes the member named {@code memberName} of the group to a contact shown like any
     * other, under {@code newName} if given; the contact.
     *
     * @throws GroupException if the member has no contact here yet, or is one already
     */
    public Contact showContact(String nameOrId, String memberName, Optional<String> newName) throws PliException {
        return database.write(c -> {
            GroupStore.Row row = findRow(c, nameOrId);
            GroupMember member = member(head(c, row), memberName);
            Set<Long> hidden = store.groupOnlyContacts(c);
            Contact contact = null;
            for (Contact candidate : contacts.list(c)) {
                if (member.keys().equals(candidate.keys()) && hidden.contains(candidate.id())) {
                    contact = candidate;
                }
            }
            if (contact == null) {
                boolean known = contacts.list(c).stream().anyMatch(k -> member.keys().equals(k.keys()));
                throw new GroupException(known ? "\"" + memberName + "\" is one of your contacts already"
                        : "the introduction to \"" + memberName + "\" has not completed yet; try again later");
            }
            store.showContact(c, contact.id());
            if (newName.isPresent() && !newName.get().equals(contact.name())) {
                ContactNames.requireValid(newName.get());
                contact = contact.withName(newName.get());
                contacts.update(c, contact);
            }
            return contact;
        });
    }

    // ---- steps ----

    /** This profile as an admin of the group's head. */
    private record Admin(GroupVersion head, IdentityKeyPair keys) {}

    private Admin admin(Connection c, GroupStore.Row row) throws SQLException, PliException {
        requireStatus(row, GroupStatus.MEMBER, row.record().status() == GroupStatus.INVITED
                ? "accept the invitation to this group first" : "you are no longer in this group");
        IdentityKeyPair me = profiles.load(c).keys();
        GroupVersion head = head(c, row);
        if (!head.member(me.publicKeys()).map(GroupMember::admin).orElse(false)) {
            throw new GroupException("only an admin can change this group; you are a member");
        }
        return new Admin(head, me);
    }

    private GroupChange change(Connection c, GroupStore.Row row, GroupVersion head, String name,
            List<GroupMember> members, IdentityKeyPair author) throws SQLException, PliException {
        GroupVersion next = head.next(name, members, author);
        store.addVersion(c, row.id(), next);
        store.update(c, row);
        Set<IdentityPublicKeys> recipients = new LinkedHashSet<>();
        head.members().forEach(m -> recipients.add(m.keys()));
        next.members().forEach(m -> recipients.add(m.keys()));
        recipients.remove(author.publicKeys());
        List<GroupMember> added = next.members().stream().filter(m -> head.member(m.keys()).isEmpty()).toList();
        GroupChange change = new GroupChange(view(c, row), next, new ArrayList<>(recipients), added);
        changes.made(c, change);
        return change;
    }

    private GroupVersion head(Connection c, GroupStore.Row row) throws SQLException, PliException {
        return Canonical.head(store.versions(c, row.id()), row.record().checkpoint());
    }

    private GroupView view(Connection c, GroupStore.Row row) throws SQLException, PliException {
        GroupVersion head = head(c, row);
        IdentityPublicKeys me = profiles.load(c).keys().publicKeys();
        long invitedBy = row.record().invitedBy();
        return new GroupView(row.id(), row.record().status(), invitedBy == 0 ? Optional.empty()
                : Optional.of(invitedBy), head, head.member(me));
    }

    private static void checkCheckpoint(GroupVersion version) throws GroupException {
        if (version.number() == 1) {
            version.checkFirst();
            return;
        }
        // A later version joined from: its chain is not here; it stands on its author, an admin it lists.
        GroupMember author = version.memberSigning(version.author()).orElseThrow(
                () -> new GroupException("a group version is not signed by one of its admins"));
        if (!author.admin() || !Ed25519.verify(version.author(), version.hash(), version.signature())) {
            throw new GroupException("a group version is not signed by one of its admins");
        }
    }

    private static GroupMember member(GroupVersion head, String name) throws GroupException {
        return head.members().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new GroupException("no member of this group is named \"" + name + "\""));
    }

    private static void requireStatus(GroupStore.Row row, GroupStatus wanted, String otherwise) throws GroupException {
        if (row.record().status() != wanted) {
            throw new GroupException(otherwise);
        }
    }

    private void requireNameFree(Connection c, String name, long exceptRow) throws SQLException, PliException {
        for (GroupStore.Row row : store.all(c)) {
            if (row.id() != exceptRow && head(c, row).name().equals(name)) {
                throw new GroupException("another of your groups is named \"" + name + "\"");
            }
        }
    }

    private Optional<GroupStore.Row> rowById(Connection c, byte[] groupId) throws SQLException, PliException {
        for (GroupStore.Row row : store.all(c)) {
            if (Arrays.equals(row.record().groupId(), groupId)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    private GroupStore.Row findRow(Connection c, String nameOrId) throws SQLException, PliException {
        Objects.requireNonNull(nameOrId, "nameOrId");
        String wanted = nameOrId.strip();
        List<GroupStore.Row> byName = new ArrayList<>();
        List<GroupStore.Row> byId = new ArrayList<>();
        String prefix = wanted.toLowerCase(Locale.ROOT);
        for (GroupStore.Row row : store.all(c)) {
            if (head(c, row).name().equals(wanted)) {
                byName.add(row);
            }
            if (prefix.length() >= 4 && HexFormat.of().formatHex(row.record().groupId()).startsWith(prefix)) {
                byId.add(row);
            }
        }
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.size() > 1) {
            List<String> ids = new ArrayList<>();
            for (GroupStore.Row row : byName) {
                ids.add(HexFormat.of().formatHex(row.record().groupId()).substring(0, 8));
            }
            throw new GroupException("several groups are named \"" + wanted + "\" (ids " + String.join(", ", ids)
                    + "); name one by its id");
        }
        if (byId.size() == 1) {
            return byId.get(0);
        }
        throw new GroupException(byId.isEmpty() ? "no group is named \"" + wanted + "\" (pli group list shows them)"
                : "several groups have ids starting with " + wanted + "; type more of the id");
    }
}

package app.pli.identity.group;

import app.pli.core.crypto.ConstantTime;
import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.Ed25519PublicKey;
import app.pli.identity.keys.HashInput;
import app.pli.identity.keys.IdentityKeyPair;
import app.pli.identity.keys.IdentityPublicKeys;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One signed version of a group's state: its id, a version number, the hash of the version
 * it follows (32 zero bytes for the first), its name, its members with their roles, the
 * signing key of its author, and the author's signature over its hash. Versions form a
 * chain: each names its parent, so a replayed or forged one does not fit.
 *
 * <p>{@code hash = SHA-256(lp("pli/v1/group/state") || lp(groupId) || lp(u64 number) ||
 * lp(parent) || lp(name) || lp(u16 count) || count × (IK || lp(name) || lp(u8 role)) ||
 * lp(author))}, lp(x) = u16 length || x; {@code signature = Ed25519(author, hash)}.
 *
 * <p>Immutable; arrays are copied.
 */
public final class GroupVersion {
    /** The parent of a first version. */
    public static final byte[] NO_PARENT = new byte[32];

    private final byte[] groupId;
    private final long number;
    private final byte[] parent;
    private final String name;
    private final List<GroupMember> members;
    private final Ed25519PublicKey author;
    private final byte[] signature;
    private final byte[] hash;

    GroupVersion(byte[] groupId, long number, byte[] parent, String name, List<GroupMember> members,
            Ed25519PublicKey author, byte[] signature) {
        this.groupId = Objects.requireNonNull(groupId, "groupId").clone();
        this.number = number;
        this.parent = Objects.requireNonNull(parent, "parent").clone();
        this.name = Objects.requireNonNull(name, "name");
        this.members = List.copyOf(members);
        this.author = Objects.requireNonNull(author, "author");
        this.signature = Objects.requireNonNull(signature, "signature").clone();
        this.hash = computeHash(this.groupId, number, this.parent, name, this.members, author);
    }

    /** A new group: version 1, its creator its only member and admin. */
    public static GroupVersion first(byte[] groupId, String name, IdentityKeyPair creator, String creatorName)
            throws GroupException {
        checkName(name);
        List<GroupMember> members = List.of(new GroupMember(creator.publicKeys(), creatorName, GroupRole.ADMIN));
        return signed(groupId, 1, NO_PARENT, name, members, creator);
    }

    /** The version after this one, with {@code newName} and {@code newMembers}, signed by {@code author}. */
    public GroupVersion next(String newName, List<GroupMember> newMembers, IdentityKeyPair author)
            throws GroupException {
        checkName(newName);
        GroupVersion child = signed(groupId, number + 1, hash, newName, newMembers, author);
        child.checkFollows(this);
        return child;
    }

    private static GroupVersion signed(byte[] groupId, long number, byte[] parent, String name,
            List<GroupMember> members, IdentityKeyPair author) throws GroupException {
        checkMembers(members);
        byte[] hash = computeHash(groupId, number, parent, name, members, author.publicKeys().signing());
        return new GroupVersion(groupId, number, parent, name, members, author.publicKeys().signing(),
                Ed25519.sign(author.signing().privateKey(), hash));
    }

    /**
     * Checks a first version as a new member receives it: number 1, no parent, a valid
     * signature by an admin it lists.
     */
    public void checkFirst() throws GroupException {
        if (number != 1 || !Arrays.equals(parent, NO_PARENT)) {
            throw new GroupException("a group's first version must be number 1 without a parent");
        }
        checkMembers(members);
        GroupMember by = memberSigning(author).orElseThrow(
                () -> new GroupException("a group's first version is not signed by one of its members"));
        if (!by.admin()) {
            throw new GroupException("a group's first version is not signed by an admin");
        }
        checkSignature();
    }

    /**
     * Checks that this version may follow {@code previous}: the next number, its hash as
     * parent, the same group, signed either by an admin of {@code previous} (any change) or by
     * a member of it whose only change is to remove itself (leaving).
     */
    public void checkFollows(GroupVersion previous) throws GroupException {
        if (!Arrays.equals(groupId, previous.groupId) || number != previous.number + 1
                || !ConstantTime.equals(parent, previous.hash)) {
            throw new GroupException("a group version does not follow the one it names");
        }
        checkMembers(members);
        GroupMember by = previous.memberSigning(author).orElseThrow(
                () -> new GroupException("a group version is signed by someone who was not a member"));
        if (!by.admin() && !leaves(previous, by)) {
            throw new GroupException("a group version changes more than its author may (only admins change a group)");
        }
        checkSignature();
    }

    /** Whether this version differs from {@code previous} only by {@code member} gone. */
    private boolean leaves(GroupVersion previous, GroupMember member) {
        List<GroupMember> expected = new ArrayList<>(previous.members);
        expected.remove(member);
        return name.equals(previous.name) && members.equals(expected);
    }

    private void checkSignature() throws GroupException {
        if (!Ed25519.verify(author, hash, signature)) {
            throw new GroupException("a group version's signature does not hold");
        }
    }

    private static void checkName(String name) throws GroupException {
        if (name.isBlank() || name.length() > GroupConstants.MAX_NAME_CHARS || !name.equals(name.strip())
                || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new GroupException("a group name must be 1 to " + GroupConstants.MAX_NAME_CHARS
                    + " characters without control characters or surrounding spaces");
        }
    }

    private static void checkMembers(List<GroupMember> members) throws GroupException {
        if (members.size() > GroupConstants.MAX_MEMBERS) {
            throw new GroupException("a group has at most " + GroupConstants.MAX_MEMBERS + " members");
        }
        Set<IdentityPublicKeys> seen = new HashSet<>();
        for (GroupMember member : members) {
            if (!seen.add(member.keys())) {
                throw new GroupException("a group lists a member twice");
            }
        }
    }

    private static byte[] computeHash(byte[] groupId, long number, byte[] parent, String name,
            List<GroupMember> members, Ed25519PublicKey author) {
        HashInput input = HashInput.labelled(GroupConstants.STATE).field(groupId)
                .field(ByteBuffer.allocate(Long.BYTES).putLong(number).array()).field(parent)
                .field(name.getBytes(StandardCharsets.UTF_8))
                .field(ByteBuffer.allocate(Short.BYTES).putShort((short) members.size()).array());
        for (GroupMember member : members) {
            input.identity(member.keys()).field(member.name().getBytes(StandardCharsets.UTF_8))
                    .field(new byte[] {member.role().code()});
        }
        return input.field(author.bytes()).sha256();
    }

    public byte[] groupId() {
        return groupId.clone();
    }

    public long number() {
        return number;
    }

    public byte[] parent() {
        return parent.clone();
    }

    public String name() {
        return name;
    }

    public List<GroupMember> members() {
        return members;
    }

    public Ed25519PublicKey author() {
        return author;
    }

    public byte[] signature() {
        return signature.clone();
    }

    /** The hash its successor names as parent, and which its author signed. */
    public byte[] hash() {
        return hash.clone();
    }

    /** The member with these identity keys, if any. */
    public Optional<GroupMember> member(IdentityPublicKeys keys) {
        return members.stream().filter(m -> m.keys().equals(keys)).findFirst();
    }

    /** The member whose signing key is {@code signing}, if any. */
    public Optional<GroupMember> memberSigning(Ed25519PublicKey signing) {
        return members.stream().filter(m -> m.keys().signing().equals(signing)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupVersion other && Arrays.equals(hash, other.hash)
                && Arrays.equals(signature, other.signature);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "GroupVersion[" + number + ", " + members.size() + " members]";
    }
}

package app.pli.identity.group;

import app.pli.core.codec.DecodeException;
import app.pli.core.codec.SafeCodec;
import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Ed25519PublicKey;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.identity.keys.IdentityPublicKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link GroupVersion} as bytes, for the messenger to carry inside sessions and for the
 * store: codec records {@value #VERSION_ID} (the version) and {@value #MEMBER_ID} (a
 * member). Decoding checks every length and key; it does not check the chain or the
 * signature (that is {@link GroupVersion#checkFollows}'s job). Decode only bytes an AEAD
 * authenticated.
 */
public final class GroupVersionCodec {
    static final int VERSION_ID = 480;
    static final int MEMBER_ID = 481;

    /** A version's fields. */
    record VersionRecord(byte[] groupId, long number, byte[] parent, String name, List<MemberRecord> members,
            byte[] author, byte[] signature) {}

    /** A member's fields; role by its storage code. */
    record MemberRecord(byte[] signingKey, byte[] agreementKey, byte[] binding, String name, byte role) {}

    private static final SafeCodec CODEC = SafeCodec.builder()
            .register(VERSION_ID, VersionRecord.class)
            .register(MEMBER_ID, MemberRecord.class)
            .maxFrameBytes(64 * 1024)
            .maxDepth(3)
            .build();

    private GroupVersionCodec() {}

    public static byte[] encode(GroupVersion version) {
        List<MemberRecord> members = new ArrayList<>();
        for (GroupMember member : version.members()) {
            members.add(new MemberRecord(member.keys().signing().bytes(), member.keys().agreement().bytes(),
                    member.keys().binding(), member.name(), member.role().code()));
        }
        return CODEC.encode(new VersionRecord(version.groupId(), version.number(), version.parent(), version.name(),
                members, version.author().bytes(), version.signature()));
    }

    /** The version in {@code bytes}, or a {@link GroupException} if they are not one. */
    public static GroupVersion decode(byte[] bytes) throws GroupException {
        VersionRecord record;
        try {
            record = CODEC.decode(bytes, VersionRecord.class);
        } catch (DecodeException e) {
            throw malformed();
        }
        if (record.groupId() == null || record.groupId().length != GroupConstants.ID_BYTES || record.parent() == null
                || record.parent().length != 32 || record.name() == null || record.members() == null
                || record.members().size() > GroupConstants.MAX_MEMBERS || record.author() == null
                || record.signature() == null || record.signature().length != 64 || record.number() < 1) {
            throw malformed();
        }
        try {
            List<GroupMember> members = new ArrayList<>();
            for (MemberRecord member : record.members()) {
                if (member == null || member.name() == null) {
                    throw malformed();
                }
                IdentityPublicKeys keys = IdentityPublicKeys.of(Ed25519PublicKey.of(member.signingKey()),
                        X25519PublicKey.of(member.agreementKey()), member.binding());
                members.add(new GroupMember(keys, member.name(),
                        GroupRole.fromCode(member.role()).orElseThrow(GroupVersionCodec::malformed)));
            }
            return new GroupVersion(record.groupId(), record.number(), record.parent(), record.name(), members,
                    Ed25519PublicKey.of(record.author()), record.signature());
        } catch (CryptoException | IllegalArgumentException e) {
            throw malformed();
        }
    }

    private static GroupException malformed() {
        return new GroupException("a group version is malformed");
    }
}

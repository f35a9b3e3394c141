package app.pli.identity.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.crypto.CryptoRandom;
import app.pli.identity.keys.IdentityKeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The chain of signed group versions: only an admin of the parent may change the group, a
 * member may only remove itself, a forged, altered or replayed version does not fit, and
 * members that receive concurrent changes in any order converge on the same head.
 */
class GroupChainTest {
    private final IdentityKeyPair alicia = IdentityKeyPair.generate();
    private final IdentityKeyPair bertrand = IdentityKeyPair.generate();
    private final IdentityKeyPair carolina = IdentityKeyPair.generate();

    private GroupVersion first() throws GroupException {
        return GroupVersion.first(CryptoRandom.bytes(16), "Cabinet", alicia, "Alicia");
    }

    private GroupMember member(IdentityKeyPair keys, String name) {
        return new GroupMember(keys.publicKeys(), name, GroupRole.MEMBER);
    }

    @Test
    void anAdminChangesAndEveryVersionNamesItsParent() throws GroupException {
        GroupVersion v1 = first();
        assertDoesNotThrow(v1::checkFirst);
        GroupVersion v2 = v1.next("Cabinet", List.of(v1.members().get(0), member(bertrand, "Bertrand")), alicia);
        assertEquals(2, v2.number());
        assertArrayEquals(v1.hash(), v2.parent());
        assertDoesNotThrow(() -> v2.checkFollows(v1));
        assertThrows(GroupException.class, () -> v2.checkFollows(v2), "not its own parent");
        assertEquals(v2, GroupVersionCodec.decode(GroupVersionCodec.encode(v2)));
    }

    @Test
    void onlyAnAdminChangesAndAMemberMayOnlyLeave() throws GroupException {
        GroupVersion v1 = first();
        GroupVersion v2 = v1.next("Cabinet", List.of(v1.members().get(0), member(bertrand, "Bertrand"),
                member(carolina, "Carolina")), alicia);
        assertThrows(GroupException.class, () -> v2.next("Bertrand's now", v2.members(), bertrand),
                "a member cannot rename");
        assertThrows(GroupException.class, () -> v2.next("Cabinet", List.of(v2.members().get(0),
                v2.members().get(1)), bertrand), "a member cannot remove another");
        GroupVersion left = v2.next("Cabinet", List.of(v2.members().get(0), v2.members().get(2)), bertrand);
        assertDoesNotThrow(() -> left.checkFollows(v2), "but may remove itself");
        assertThrows(GroupException.class, () -> v2.next("Cabinet", v2.members(), IdentityKeyPair.generate()),
                "a stranger cannot sign one");
    }

    @Test
    void aForgedOrAlteredVersionDoesNotFit() throws GroupException {
        GroupVersion v1 = first();
        GroupVersion v2 = v1.next("Cabinet", List.of(v1.members().get(0), member(bertrand, "Bertrand")), alicia);
        byte[] bytes = GroupVersionCodec.encode(v2);
        for (int i = 0; i < bytes.length; i += 7) {
            byte[] altered = bytes.clone();
            altered[i] ^= 0x01;
            try {
                GroupVersionCodec.decode(altered).checkFollows(v1);
                throw new AssertionError("an altered version at byte " + i + " still fits");
            } catch (GroupException e) {
                // refused, as it must be
            }
        }
        GroupVersion v3 = v2.next("Renamed", v2.members(), alicia);
        assertThrows(GroupException.class, () -> v3.checkFollows(v1), "a version replayed onto another parent");
    }

    @Property(tries = 50)
    void membersConvergeWhateverOrderConcurrentChangesArriveIn(@ForAll @IntRange(min = 0, max = 1000) int seed)
            throws GroupException {
        GroupVersion v1 = first();
        GroupVersion v2 = v1.next("Cabinet", List.of(v1.members().get(0).withRole(GroupRole.ADMIN),
                new GroupMember(bertrand.publicKeys(), "Bertrand", GroupRole.ADMIN)), alicia);
        GroupVersion byAlicia = v2.next("Cabinet", List.of(v2.members().get(0), v2.members().get(1),
                member(carolina, "Carolina")), alicia);
        GroupVersion byBertrand = v2.next("Renamed by Bertrand", v2.members(), bertrand);
        GroupVersion afterAlicias = byAlicia.next("Cabinet", byAlicia.members(), alicia);
        GroupVersion onAlicias = afterAlicias.next("Cabinet 2", byAlicia.members(), alicia);
        List<GroupVersion> all = new ArrayList<>(List.of(v1, v2, byAlicia, byBertrand, afterAlicias, onAlicias));
        Collections.shuffle(all, new Random(seed));
        GroupVersion expected = Arrays.compareUnsigned(byAlicia.hash(), byBertrand.hash()) < 0 ? onAlicias
                : byBertrand;
        assertEquals(expected, Canonical.head(all, v1.hash()), "the smaller hash at version 3 wins, for everyone");
    }
}

package app.pli.messenger.envelope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.SymmetricKey;
import app.pli.identity.intro.IntroductionRole;
import app.pli.identity.keys.IdentityKeyPair;
import app.pli.identity.keys.IdentityPublicKeys;
import org.junit.jupiter.api.Test;

class RelationshipKeysTest {
    private final SymmetricKey root = SymmetricKey.random();
    private final IdentityPublicKeys inviter = IdentityKeyPair.generate().publicKeys();
    private final IdentityPublicKeys invitee = IdentityKeyPair.generate().publicKeys();

    @Test
    void theTwoSidesDeriveMirrorImages() {
        RelationshipKeys a = RelationshipKeys.derive(root, IntroductionRole.INVITER, inviter, invitee);
        RelationshipKeys b = RelationshipKeys.derive(root, IntroductionRole.INVITEE, invitee, inviter);
        assertEquals(a.sendBlockKey(), b.receiveBlockKey());
        assertEquals(a.receiveBlockKey(), b.sendBlockKey());
        assertNotEquals(a.sendBlockKey(), a.receiveBlockKey());
        assertEquals(a.sender().publicKey(), b.contactSender());
        assertEquals(b.sender().publicKey(), a.contactSender());
        assertArrayEquals(a.associatedData(), b.associatedData());
    }

    @Test
    void senderKeysAreNotIdentityKeys() {
        RelationshipKeys a = RelationshipKeys.derive(root, IntroductionRole.INVITER, inviter, invitee);
        assertNotEquals(inviter.signing(), a.sender().publicKey());
        assertNotEquals(invitee.signing(), a.contactSender());
    }

    @Test
    void storedFormRoundTripsAndRejectsDamage() throws CryptoException {
        RelationshipKeys a = RelationshipKeys.derive(root, IntroductionRole.INVITEE, invitee, inviter);
        byte[] bytes = a.toBytes();
        RelationshipKeys back = RelationshipKeys.fromBytes(bytes);
        assertArrayEquals(bytes, back.toBytes());
        assertThrows(CryptoException.class, () -> RelationshipKeys.fromBytes(java.util.Arrays.copyOf(bytes, 40)));
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(CryptoException.class, () -> RelationshipKeys.fromBytes(longer));
        byte[] otherVersion = bytes.clone();
        otherVersion[0] = 2;
        assertThrows(CryptoException.class, () -> RelationshipKeys.fromBytes(otherVersion));
    }
}

package app.pli.messenger.envelope;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.core.crypto.Ed25519PrivateKey;
import app.pli.core.crypto.Ed25519PublicKey;
import app.pli.core.crypto.Hkdf;
import app.pli.core.crypto.KdfLabel;
import app.pli.core.crypto.SymmetricKey;
import app.pli.identity.intro.IntroductionRole;
import app.pli.identity.keys.IdentityPublicKeys;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * The static keys of one relationship, derived once from the introduction's root key when
 * the session starts: a block key per direction (it seals every block of an envelope), a
 * sender key per direction (it proves deposits into a mailbox locked to it, and is unrelated
 * to either identity so a relay cannot link mailboxes), and the ratchet's associated data,
 * which binds every message to both identities.
 *
 * <p>Invariant: the two sides derive mirror images: this side's sending block key is the
 * contact's receiving block key, and this side's sender key pair has the contact's
 * {@link #contactSender()} as its public key. {@code toString} shows no secret.
 */
public final class RelationshipKeys {
    private static final KdfLabel BLOCK_INVITER = KdfLabel.of("pli/v1/envelope/block-key/inviter-to-invitee");
    private static final KdfLabel BLOCK_INVITEE = KdfLabel.of("pli/v1/envelope/block-key/invitee-to-inviter");
    private static final KdfLabel SENDER_INVITER = KdfLabel.of("pli/v1/envelope/sender-seed/inviter");
    private static final KdfLabel SENDER_INVITEE = KdfLabel.of("pli/v1/envelope/sender-seed/invitee");
    private static final KdfLabel AD = KdfLabel.of("pli/v1/session/ad");
    private static final int KEY = SymmetricKey.BYTES;
    private static final int FORMAT_VERSION = 1;

    private final SymmetricKey sendBlockKey;
    private final SymmetricKey receiveBlockKey;
    private final Ed25519KeyPair sender;
    private final Ed25519PublicKey contactSender;
    private final byte[] associatedData;

    private RelationshipKeys(SymmetricKey sendBlockKey, SymmetricKey receiveBlockKey, Ed25519KeyPair sender,
            Ed25519PublicKey contactSender, byte[] associatedData) {
        this.sendBlockKey = sendBlockKey;
        this.receiveBlockKey = receiveBlockKey;
        this.sender = sender;
        this.contactSender = contactSender;
        this.associatedData = associatedData;
    }

    /** Derives this side's keys from the root key of the introduction in which it had {@code role}. */
    public static RelationshipKeys derive(SymmetricKey rootKey, IntroductionRole role, IdentityPublicKeys me,
            IdentityPublicKeys contact) {
        Objects.requireNonNull(rootKey, "rootKey");
        Objects.requireNonNull(role, "role");
        boolean inviter = role == IntroductionRole.INVITER;
        byte[] root = rootKey.bytes();
        byte[] inviterSeed = Hkdf.derive(root, new byte[0], SENDER_INVITER, Ed25519PrivateKey.BYTES);
        byte[] inviteeSeed = Hkdf.derive(root, new byte[0], SENDER_INVITEE, Ed25519PrivateKey.BYTES);
        try {
            Ed25519KeyPair inviterSender = Ed25519KeyPair.of(Ed25519PrivateKey.of(inviterSeed));
            Ed25519KeyPair inviteeSender = Ed25519KeyPair.of(Ed25519PrivateKey.of(inviteeSeed));
            SymmetricKey fromInviter = Hkdf.deriveKey(root, new byte[0], BLOCK_INVITER);
            SymmetricKey fromInvitee = Hkdf.deriveKey(root, new byte[0], BLOCK_INVITEE);
            IdentityPublicKeys inviterKeys = inviter ? me : contact;
            IdentityPublicKeys inviteeKeys = inviter ? contact : me;
            byte[] ad = ByteBuffer.allocate(AD.bytes().length + 4 * KEY).put(AD.bytes())
                    .put(inviterKeys.signing().bytes()).put(inviterKeys.agreement().bytes())
                    .put(inviteeKeys.signing().bytes()).put(inviteeKeys.agreement().bytes()).array();
            return inviter
                    ? new RelationshipKeys(fromInviter, fromInvitee, inviterSender, inviteeSender.publicKey(), ad)
                    : new RelationshipKeys(fromInvitee, fromInviter, inviteeSender, inviterSender.publicKey(), ad);
        } catch (CryptoException e) {
            throw new IllegalStateException("HKDF returned a seed of the wrong length", e);
        } finally {
            Arrays.fill(root, (byte) 0);
            Arrays.fill(inviterSeed, (byte) 0);
            Arrays.fill(inviteeSeed, (byte) 0);
        }
    }

    /** Seals the blocks this side sends. */
    public SymmetricKey sendBlockKey() {
        return sendBlockKey;
    }

    /** Opens the blocks the contact sends. */
    public SymmetricKey receiveBlockKey() {
        return receiveBlockKey;
    }

    /** This side's sender key pair: it proves deposits into the contact's locked inbox. */
    public Ed25519KeyPair sender() {
        return sender;
    }

    /** The contact's sender public key: this side locks its inbox to it. */
    public Ed25519PublicKey contactSender() {
        return contactSender;
    }

    /** The ratchet's associated data: a label and both identities' public keys, inviter first. */
    public byte[] associatedData() {
        return associatedData.clone();
    }

    /** Version 1: version byte, send key, receive key, sender seed, contact sender key, u16 ad length, ad. */
    public byte[] toBytes() {
        byte[] seed = sender.privateKey().bytes();
        try {
            return ByteBuffer.allocate(1 + 4 * KEY + 2 + associatedData.length).put((byte) FORMAT_VERSION)
                    .put(sendBlockKey.bytes()).put(receiveBlockKey.bytes()).put(seed).put(contactSender.bytes())
                    .putShort((short) associatedData.length).put(associatedData).array();
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /**
     * Reads {@link #toBytes()}.
     *
     * @throws CryptoException if the bytes are not exactly one version-1 encoding
     */
    public static RelationshipKeys fromBytes(byte[] bytes) throws CryptoException {
        if (bytes.length < 1 + 4 * KEY + 2 || bytes[0] != FORMAT_VERSION) {
            throw new CryptoException("stored relationship keys are malformed");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
        SymmetricKey send = SymmetricKey.of(take(in, KEY));
        SymmetricKey receive = SymmetricKey.of(take(in, KEY));
        byte[] seed = take(in, KEY);
        try {
            Ed25519KeyPair sender = Ed25519KeyPair.of(Ed25519PrivateKey.of(seed));
            Ed25519PublicKey contactSender = Ed25519PublicKey.of(take(in, KEY));
            int adLength = Short.toUnsignedInt(in.getShort());
            if (in.remaining() != adLength) {
                throw new CryptoException("stored relationship keys are malformed");
            }
            return new RelationshipKeys(send, receive, sender, contactSender, take(in, adLength));
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    private static byte[] take(ByteBuffer in, int n) {
        byte[] out = new byte[n];
        in.get(out);
        return out;
    }

    @Override
    public String toString() {
        return "RelationshipKeys[secrets redacted]";
    }
}

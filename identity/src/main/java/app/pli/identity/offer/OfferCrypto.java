package app.pli.identity.offer;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Hkdf;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PrivateKey;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.identity.keys.HashInput;
import app.pli.identity.keys.IdentityKeyPair;
import app.pli.identity.keys.IdentityPublicKeys;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The derivations of offers, protocol v1 (lp(x) is {@code u16(len x) || x}; "lo" and "hi"
 * are the two introduced identities ordered by their X25519 agreement keys, unsigned
 * lexicographically, so both sides and the introducer agree on them without talking):
 * <pre>
 * sigI  = Ed25519(sig_I, lp("pli/v1/offer/introducer") || lp(offerId) || lp(u64 expiry) || IK_lo || IK_hi)
 * K_X   = HKDF(ikm DH(dh_me, dh_peer), salt offerId, "pli/v1/offer/hello-key/lo" or ".../hi")
 *         for what the lo or the hi side sends
 * sigH  = Ed25519(sig_X, lp("pli/v1/offer/hello") || lp(offerId) || IK_X || IK_Y || lp(EK_X) || lp(R_X) || lp(name_X))
 * sigD  = Ed25519(sig_X, lp("pli/v1/offer/decline") || lp(offerId) || IK_X || IK_Y)
 * T     = SHA-256(lp("pli/v1/offer/transcript") || lp(offerId) || IK_lo || lp(EK_lo) || lp(R_lo)
 *                 || IK_hi || lp(EK_hi) || lp(R_hi))
 * root  = HKDF(ikm DH(dh_lo, EK_hi) || DH(EK_lo, dh_hi) || DH(EK_lo, EK_hi), salt T, "pli/v1/offer/root-key", 32)
 * </pre>
 */
final class OfferCrypto {
    private OfferCrypto() {}

    /** Whether {@code a} sorts before {@code b} (the "lo" side). */
    static boolean isLow(IdentityPublicKeys a, IdentityPublicKeys b) {
        return Arrays.compareUnsigned(a.agreement().bytes(), b.agreement().bytes()) < 0;
    }

    /** What the introducer signs: the same statement for both sides. */
    static byte[] introducerStatement(byte[] offerId, long expiresEpochSecond, IdentityPublicKeys a,
            IdentityPublicKeys b) {
        IdentityPublicKeys lo = isLow(a, b) ? a : b;
        IdentityPublicKeys hi = lo == a ? b : a;
        return HashInput.labelled(OfferConstants.INTRODUCER).field(offerId)
                .field(ByteBuffer.allocate(Long.BYTES).putLong(expiresEpochSecond).array())
                .identity(lo).identity(hi).bytes();
    }

    /** The key sealing what {@code sender} sends to {@code receiver}, computed by either of them. */
    static SymmetricKey sealingKey(X25519PrivateKey mine, X25519PublicKey theirs, byte[] offerId, boolean fromLow)
            throws CryptoException {
        byte[] dh = X25519.agree(mine, theirs);
        try {
            return Hkdf.deriveKey(dh, offerId, fromLow ? OfferConstants.HELLO_KEY_LO : OfferConstants.HELLO_KEY_HI);
        } finally {
            Arrays.fill(dh, (byte) 0);
        }
    }

    static byte[] helloStatement(byte[] offerId, IdentityPublicKeys sender, IdentityPublicKeys receiver,
            X25519PublicKey ephemeral, byte[] route, String name) {
        return HashInput.labelled(OfferConstants.HELLO).field(offerId).identity(sender).identity(receiver)
                .field(ephemeral.bytes()).field(route).field(name.getBytes(StandardCharsets.UTF_8))
                .bytes();
    }

    static byte[] declineStatement(byte[] offerId, IdentityPublicKeys sender, IdentityPublicKeys receiver) {
        return HashInput.labelled(OfferConstants.DECLINE).field(offerId).identity(sender).identity(receiver).bytes();
    }

    /** One side's part of the transcript. */
    record Side(IdentityPublicKeys identity, X25519PublicKey ephemeral, byte[] route) {}

    static byte[] transcript(byte[] offerId, Side lo, Side hi) {
        return HashInput.labelled(OfferConstants.TRANSCRIPT).field(offerId)
                .identity(lo.identity()).field(lo.ephemeral().bytes()).field(lo.route())
                .identity(hi.identity()).field(hi.ephemeral().bytes()).field(hi.route()).sha256();
    }

    /** The root key as {@code me} computes it, on the lo or the hi side. */
    static SymmetricKey root(IdentityKeyPair me, X25519KeyPair myEphemeral, boolean iAmLow, IdentityPublicKeys peer,
            X25519PublicKey peerEphemeral, byte[] transcript) throws CryptoException {
        byte[] dh1;
        byte[] dh2;
        if (iAmLow) {
            dh1 = X25519.agree(me.agreement().privateKey(), peerEphemeral);
            dh2 = X25519.agree(myEphemeral.privateKey(), peer.agreement());
        } else {
            dh1 = X25519.agree(myEphemeral.privateKey(), peer.agreement());
            dh2 = X25519.agree(me.agreement().privateKey(), peerEphemeral);
        }
        byte[] dh3 = X25519.agree(myEphemeral.privateKey(), peerEphemeral);
        byte[] ikm = ByteBuffer.allocate(dh1.length + dh2.length + dh3.length).put(dh1).put(dh2).put(dh3).array();
        try {
            return Hkdf.deriveKey(ikm, transcript, OfferConstants.ROOT_KEY);
        } finally {
            Arrays.fill(ikm, (byte) 0);
            Arrays.fill(dh1, (byte) 0);
            Arrays.fill(dh2, (byte) 0);
            Arrays.fill(dh3, (byte) 0);
        }
    }
}

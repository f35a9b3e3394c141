package app.pli.identity.intro;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.crypto.XChaCha20Poly1305;
import app.pli.identity.contact.RouteBytes;
import app.pli.identity.invite.Invitation;
import app.pli.identity.keys.IdentityKeyPair;
import app.pli.identity.route.Route;

/**
 * An attacker who holds an invitation (it saw the code): it can open and build M1 and M2
 * with keys of its choice, since it knows the one-time secret, but it holds neither
 * party's private keys.
 */
final class Forger {
    final IdentityKeyPair identity = IdentityKeyPair.generate();
    final X25519KeyPair ephemeral = X25519.generateKeyPair();
    final byte[] nonce = CryptoRandom.bytes(IntroductionConstants.NONCE_BYTES);
    final Route inbox = Party.relayRoute();
    private final Invitation invitation;

    Forger(Invitation invitation) {
        this.invitation = invitation;
    }

    SymmetricKey k1() {
        return IntroductionCrypto.messageKey(invitation.secret(), invitation.commitment(), IntroductionConstants.KEY_M1);
    }

    SymmetricKey k2() {
        return IntroductionCrypto.messageKey(invitation.secret(), invitation.commitment(), IntroductionConstants.KEY_M2);
    }

    /** Opens an intercepted M1. */
    PeerHello openM1(byte[] payload) throws RejectedMessageException {
        return IntroductionWire.openM1(k1(), invitation.commitment(), payload);
    }

    /** Opens an intercepted M2. */
    PeerHello openM2(byte[] payload) throws RejectedMessageException {
        return IntroductionWire.openM2(k2(), invitation.commitment(), payload);
    }

    /** A well-formed, correctly signed M1 carrying the attacker's own keys and inbox. */
    byte[] m1(String name) {
        return m1(name, ephemeral.publicKey());
    }

    /** As {@link #m1(String)} with a chosen (for example low-order) ephemeral key. */
    byte[] m1(String name, X25519PublicKey ephemeralKey) {
        byte[] route = RouteBytes.encode(inbox);
        byte[] sig = Ed25519.sign(identity.signing().privateKey(), IntroductionCrypto.m1SignedBytes(
                invitation.commitment(), identity.publicKeys(), ephemeralKey, nonce, route));
        return IntroductionWire.sealM1(k1(), invitation.commitment(),
                new PeerHello(identity.publicKeys(), ephemeralKey, nonce, inbox, route, name, sig));
    }

    /** An M1 whose signature was made over other bytes. */
    byte[] m1WithBadSignature(String name) {
        byte[] route = RouteBytes.encode(inbox);
        byte[] sig = Ed25519.sign(identity.signing().privateKey(), new byte[] {1, 2, 3});
        return IntroductionWire.sealM1(k1(), invitation.commitment(),
                new PeerHello(identity.publicKeys(), ephemeral.publicKey(), nonce, inbox, route, name, sig));
    }

    /** An M2 posing as the inviter with the attacker's keys, signed over {@code transcriptHash}. */
    byte[] m2(String name, byte[] transcriptHash) {
        byte[] route = RouteBytes.encode(inbox);
        byte[] sig = Ed25519.sign(identity.signing().privateKey(), IntroductionCrypto.m2SignedBytes(transcriptHash));
        return IntroductionWire.sealM2(k2(), invitation.commitment(),
                new PeerHello(identity.publicKeys(), ephemeral.publicKey(), nonce, inbox, route, name, sig));
    }

    /** Arbitrary bytes sealed under K1: authentic to the AEAD, but not an M1 inside. */
    byte[] sealedUnderK1(byte[] frame) {
        return XChaCha20Poly1305.seal(k1(), invitation.commitment(), frame);
    }

    /** Arbitrary bytes sealed under K2. */
    byte[] sealedUnderK2(byte[] frame) {
        return XChaCha20Poly1305.seal(k2(), invitation.commitment(), frame);
    }
}

package app.pli.identity.intro;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Sha256;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PrivateKey;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.db.DatabaseException;
import app.pli.identity.intro.IntroductionRecord.Pending;
import app.pli.identity.keys.IdentityPublicKeys;

/** Pieces both roles use when the keys of an introduction are agreed. */
final class Agreement {
    private Agreement() {}

    /** A derivation over the peer's keys; it fails only for a low-order public key. */
    @FunctionalInterface
    interface RootDerivation {
        SymmetricKey derive() throws CryptoException;
    }

    /** The root key, or a rejection of the message whose key made a Diffie-Hellman result zero. */
    static SymmetricKey root(RootDerivation derivation) throws RejectedMessageException {
        try {
            return derivation.derive();
        } catch (CryptoException e) {
            throw new RejectedMessageException(RejectedMessageException.Reason.WEAK_KEY,
                    "a public key in it is of low order");
        }
    }

    /** The hash kept to recognise {@code payload} if it is delivered again. */
    static byte[] messageHash(byte[] payload) {
        return Sha256.hash(IntroductionConstants.RECEIVED_MESSAGE.bytes(), payload);
    }

    /** This side's ephemeral key pair, rebuilt from the stored secrets. */
    static X25519KeyPair ephemeral(Pending pending) throws DatabaseException {
        try {
            return X25519KeyPair.of(X25519PrivateKey.of(pending.ephemeralPrivate()));
        } catch (CryptoException e) {
            throw new DatabaseException(DatabaseException.Reason.CORRUPT,
                    "a stored introduction holds an invalid key: damaged store");
        }
    }

    /** What the messenger will need, for storing beside the introduction. */
    static StoredOutcome outcome(IntroductionRole role, PeerHello peer, SymmetricKey root,
            X25519PublicKey inviterEphemeral, X25519KeyPair inviterEphemeralPair) {
        IdentityPublicKeys keys = peer.identity();
        return new StoredOutcome(role, keys.signing().bytes(), keys.agreement().bytes(), keys.binding(),
                peer.inboxBytes(), peer.name(), root.bytes(), inviterEphemeral.bytes(),
                inviterEphemeralPair == null ? null : inviterEphemeralPair.privateKey().bytes());
    }
}

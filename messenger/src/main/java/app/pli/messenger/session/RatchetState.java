package app.pli.messenger.session;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.messenger.session.RatchetException.Reason;
import app.pli.messenger.session.RatchetKdf.ChainStep;
import app.pli.messenger.session.RatchetKdf.InitialSecrets;
import app.pli.messenger.session.RatchetKdf.RootStep;
import java.util.Objects;

/**
 * The variables of the header-encrypted Double Ratchet (section 4 of the specification),
 * with the steps that change them.
 *
 * <p>Invariants: every key array is {@value RatchetConstants#KEY_BYTES} bytes and owned by
 * this object alone (so {@link #copy} is deep and {@link #wipe} never touches another
 * state); the receiving ratchet key, chain key and header key are all null (before the key
 * holder first receives) or all set; the counters are never negative.
 */
final class RatchetState {
    X25519KeyPair sendingRatchetKey;       // DHs
    X25519PublicKey receivingRatchetKey;   // DHr
    byte[] rootKey;                        // RK
    byte[] sendingChainKey;                // CKs
    byte[] receivingChainKey;              // CKr
    byte[] sendingHeaderKey;               // HKs
    byte[] receivingHeaderKey;             // HKr
    byte[] nextSendingHeaderKey;           // NHKs
    byte[] nextReceivingHeaderKey;         // NHKr
    int sendCount;                         // Ns
    int receiveCount;                      // Nr
    int previousSendCount;                 // PN
    SkippedKeys skipped = new SkippedKeys(); // MKSKIPPED

    /** Bob's start, extended so he can send first on the chain derived from SK. */
    static RatchetState forKeyHolder(byte[] sk, X25519KeyPair initialRatchetPair, InitialSecrets secrets) {
        RatchetState s = new RatchetState();
        s.sendingRatchetKey = Objects.requireNonNull(initialRatchetPair, "initialRatchetPair");
        s.rootKey = sk.clone();
        s.sendingChainKey = secrets.holderChainKey().clone();
        s.sendingHeaderKey = secrets.holderHeaderKey().clone();
        s.nextSendingHeaderKey = secrets.sharedNhkb().clone();
        s.nextReceivingHeaderKey = secrets.sharedHka().clone();
        return s;
    }

    /** Alice's start, extended so she receives the key holder's first chain as her current one. */
    static RatchetState forKeyReceiver(byte[] sk, X25519PublicKey initialRatchetKey, InitialSecrets secrets)
            throws CryptoException {
        RatchetState s = new RatchetState();
        s.sendingRatchetKey = X25519.generateKeyPair();
        s.receivingRatchetKey = Objects.requireNonNull(initialRatchetKey, "initialRatchetKey");
        byte[] dh = X25519.agree(s.sendingRatchetKey.privateKey(), initialRatchetKey);
        RootStep step = RatchetKdf.rootStep(sk, dh);
        RatchetKdf.wipe(dh);
        s.rootKey = step.rootKey();
        s.sendingChainKey = step.chainKey();
        s.nextSendingHeaderKey = step.nextHeaderKey();
        s.sendingHeaderKey = secrets.sharedHka().clone();
        s.receivingChainKey = secrets.holderChainKey().clone();
        s.receivingHeaderKey = secrets.holderHeaderKey().clone();
        s.nextReceivingHeaderKey = secrets.sharedNhkb().clone();
        return s;
    }

    /** The header of the next message this side sends. */
    RatchetHeader nextSendingHeader() {
        return new RatchetHeader(sendingRatchetKey.publicKey(), previousSendCount, sendCount);
    }

    /** Steps the sending chain: returns the message key for {@link #nextSendingHeader} and counts it. */
    byte[] advanceSendingChain() {
        if (sendCount == Integer.MAX_VALUE) {
            throw new IllegalStateException("sending chain exhausted: the peer has not answered in 2^31 messages");
        }
        ChainStep step = RatchetKdf.chainStep(sendingChainKey);
        RatchetKdf.wipe(sendingChainKey);
        sendingChainKey = step.chainKey();
        sendCount++;
        return step.messageKey();
    }

    /** Steps the receiving chain: returns the key of message {@link #receiveCount} and counts it. */
    byte[] advanceReceivingChain() {
        ChainStep step = RatchetKdf.chainStep(receivingChainKey);
        RatchetKdf.wipe(receivingChainKey);
        receivingChainKey = step.chainKey();
        receiveCount++;
        return step.messageKey();
    }

    /**
     * SkipMessageKeysHE: stores the keys of the current receiving chain up to message
     * {@code until}, each stamped {@code now} (epoch seconds) so it can expire by age.
     */
    void skipReceivingKeys(int until, long now) throws RatchetException {
        if ((long) until - receiveCount > RatchetSession.MAX_SKIP) {
            throw new RatchetException(Reason.TOO_MANY_SKIPPED,
                    "ratchet message would skip more than " + RatchetSession.MAX_SKIP + " message keys");
        }
        if (receivingChainKey == null) {
            return;
        }
        while (receiveCount < until) {
            int number = receiveCount;
            byte[] messageKey = advanceReceivingChain();
            skipped.put(receivingHeaderKey, number, messageKey, now);
            RatchetKdf.wipe(messageKey);
        }
    }

    /** DHRatchetHE: a new receiving chain for {@code theirRatchetKey} and a new sending chain. */
    void dhRatchet(X25519PublicKey theirRatchetKey) throws RatchetException {
        previousSendCount = sendCount;
        sendCount = 0;
        receiveCount = 0;
        RatchetKdf.wipe(sendingHeaderKey, receivingHeaderKey, receivingChainKey);
        sendingHeaderKey = nextSendingHeaderKey;
        receivingHeaderKey = nextReceivingHeaderKey;
        receivingRatchetKey = theirRatchetKey;
        RootStep receiving = rootStep(sendingRatchetKey);
        receivingChainKey = receiving.chainKey();
        nextReceivingHeaderKey = receiving.nextHeaderKey();
        sendingRatchetKey = X25519.generateKeyPair();
        RootStep sending = rootStep(sendingRatchetKey);
        RatchetKdf.wipe(sendingChainKey);
        sendingChainKey = sending.chainKey();
        nextSendingHeaderKey = sending.nextHeaderKey();
    }

    /** KDF_RK_HE(RK, DH(ours, DHr)); replaces the root key and returns the rest. */
    private RootStep rootStep(X25519KeyPair ours) throws RatchetException {
        byte[] dh;
        try {
            dh = X25519.agree(ours.privateKey(), receivingRatchetKey);
        } catch (CryptoException e) {
            throw new RatchetException(Reason.MALFORMED, "the peer's ratchet key is of low order");
        }
        RootStep step = RatchetKdf.rootStep(rootKey, dh);
        RatchetKdf.wipe(dh, rootKey);
        rootKey = step.rootKey();
        return step;
    }

    /** A deep copy: changing or wiping either never affects the other. */
    RatchetState copy() {
        RatchetState c = new RatchetState();
        c.sendingRatchetKey = sendingRatchetKey;
        c.receivingRatchetKey = receivingRatchetKey;
        c.rootKey = rootKey.clone();
        c.sendingChainKey = sendingChainKey.clone();
        c.receivingChainKey = cloneOrNull(receivingChainKey);
        c.sendingHeaderKey = sendingHeaderKey.clone();
        c.receivingHeaderKey = cloneOrNull(receivingHeaderKey);
        c.nextSendingHeaderKey = nextSendingHeaderKey.clone();
        c.nextReceivingHeaderKey = nextReceivingHeaderKey.clone();
        c.sendCount = sendCount;
        c.receiveCount = receiveCount;
        c.previousSendCount = previousSendCount;
        c.skipped = skipped.copy();
        return c;
    }

    /** Overwrites every key array with zeros; the state is unusable afterwards. */
    void wipe() {
        RatchetKdf.wipe(rootKey, sendingChainKey, receivingChainKey, sendingHeaderKey, receivingHeaderKey,
                nextSendingHeaderKey, nextReceivingHeaderKey);
        skipped.wipe();
    }

    private static byte[] cloneOrNull(byte[] bytes) {
        return bytes == null ? null : bytes.clone();
    }
}

package app.pli.messenger.session;

import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.crypto.XChaCha20Poly1305;
import app.pli.messenger.session.RatchetException.Reason;
import app.pli.messenger.session.RatchetKdf.InitialSecrets;
import app.pli.messenger.session.RatchetMessageFormat.Parts;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Mutable ratchet state of one relationship; not thread-safe.
 *
 * <p>The Double Ratchet with header encryption of Signal's specification (sections 3 and
 * 4: RatchetEncryptHE, RatchetDecryptHE, TrySkippedMessageKeysHE, DecryptHeader,
 * SkipMessageKeysHE, DHRatchetHE), extended so that either side may send first. The
 * specification's Bob cannot send before he receives; here both sides first derive from
 * the root key SK, with HKDF-SHA256, an empty salt and one label each: {@code shared_hka},
 * {@code shared_nhkb}, and a first sending chain key {@code CK_H0} of the key holder with
 * its header key {@code HK_H0}. Then:
 * <ul>
 *   <li>the key holder (Bob) starts with DHs = its initial pair, RK = SK, CKs = CK_H0,
 *       HKs = HK_H0, NHKs = shared_nhkb, NHKr = shared_hka, and no receiving chain;</li>
 *   <li>the key receiver (Alice) starts with a fresh DHs, DHr = Bob's initial key,
 *       RK, CKs, NHKs = KDF_RK_HE(SK, DH(DHs, DHr)), HKs = shared_hka, and the receiving
 *       chain CKr = CK_H0, HKr = HK_H0, so Bob's first messages decrypt on it;
 *       NHKr = shared_nhkb.</li>
 * </ul>
 * Everything after that is the specification's algorithm. A message is at most
 * {@link #MAX_SKIP} keys ahead within a chain; at most {@link #MAX_STORED_SKIPPED} skipped
 * keys are kept, the oldest evicted first, and none stored more than
 * {@link #MAX_SKIPPED_KEY_AGE} ago. The session reads no clock: the caller passes the time.
 *
 * <p>Invariant: {@link #decrypt} either succeeds or leaves the state exactly as it was: it
 * works on a deep copy, age sweep included, and commits that copy only on success. Key
 * bytes that are no longer needed are overwritten.
 */
public final class RatchetSession {
    /** Most message keys skipped in one chain step. */
    public static final int MAX_SKIP = 1000;
    /** Cap on stored skipped keys; the oldest are evicted first. */
    public static final int MAX_STORED_SKIPPED = 2000;
    /**
     * Skipped keys stored longer ago than this are dropped. A block lives 21 days on a relay
     * (its TTL) and a LAN sender's outbox may hold a message a little longer, so a key older
     * than 30 days waits for nothing that can still arrive; kept, it would only be a
     * forward-secrecy liability if the device were seized.
     */
    public static final Duration MAX_SKIPPED_KEY_AGE = Duration.ofDays(30);

    private RatchetState state;

    private RatchetSession(RatchetState state) {
        this.state = state;
    }

    /** The side that holds the initial ratchet key pair (our inviter; the spec's "Bob"). */
    public static RatchetSession forKeyHolder(SymmetricKey rootKey, X25519KeyPair initialRatchetPair) {
        byte[] sk = rootKey.bytes();
        InitialSecrets secrets = RatchetKdf.initialSecrets(sk);
        try {
            return new RatchetSession(RatchetState.forKeyHolder(sk, initialRatchetPair, secrets));
        } finally {
            secrets.wipe();
            RatchetKdf.wipe(sk);
        }
    }

    /**
     * The side that knows only the initial ratchet public key (our invitee; the spec's "Alice").
     *
     * @throws IllegalArgumentException if {@code initialRatchetKey} is of low order
     */
    public static RatchetSession forKeyReceiver(SymmetricKey rootKey, X25519PublicKey initialRatchetKey) {
        byte[] sk = rootKey.bytes();
        InitialSecrets secrets = RatchetKdf.initialSecrets(sk);
        try {
            return new RatchetSession(RatchetState.forKeyReceiver(sk, initialRatchetKey, secrets));
        } catch (CryptoException e) {
            throw new IllegalArgumentException("the initial ratchet key is of low order", e);
        } finally {
            secrets.wipe();
            RatchetKdf.wipe(sk);
        }
    }

    /**
     * Drops the skipped keys too old at {@code now}, then encrypts and advances the sending
     * chain. Returns the ratchet message bytes.
     */
    public byte[] encrypt(byte[] plaintext, byte[] associatedData, Instant now) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(associatedData, "associatedData");
        state.skipped.expireBefore(expiryCutoff(epochSeconds(now)));
        RatchetHeader header = state.nextSendingHeader();
        byte[] sealedHeader = header.seal(state.sendingHeaderKey);
        byte[] messageKey = state.advanceSendingChain();
        try {
            byte[] body = XChaCha20Poly1305.seal(RatchetKdf.aeadKey(messageKey),
                    bodyAad(associatedData, sealedHeader), plaintext);
            return RatchetMessageFormat.encode(sealedHeader, body);
        } finally {
            RatchetKdf.wipe(messageKey);
        }
    }

    /**
     * Drops the skipped keys too old at {@code now}, then decrypts; keys skipped on the way
     * are stamped {@code now}. On ANY failure throws RatchetException and leaves the state
     * exactly as before, stale keys included (atomic: work on a copy, commit on success).
     * A {@code now} earlier than a key's time (the clock went back) keeps that key.
     */
    public byte[] decrypt(byte[] message, byte[] associatedData, Instant now) throws RatchetException {
        Objects.requireNonNull(associatedData, "associatedData");
        long nowSeconds = epochSeconds(now);
        Parts parts = RatchetMessageFormat.parse(message);
        byte[] aad = bodyAad(associatedData, parts.sealedHeader());
        RatchetState work = state.copy();
        boolean committed = false;
        try {
            // On the copy, so a refused message cannot leave the sweep half-applied.
            work.skipped.expireBefore(expiryCutoff(nowSeconds));
            Optional<byte[]> fromSkipped = trySkippedMessageKeys(work, parts, aad);
            byte[] plaintext = fromSkipped.isPresent()
                    ? fromSkipped.get() : decryptInChain(work, parts, aad, nowSeconds);
            RatchetState previous = state;
            state = work;
            committed = true;
            previous.wipe();
            return plaintext;
        } finally {
            if (!committed) {
                work.wipe();
            }
        }
    }

    /**
     * Drops (and wipes) every skipped key stored before {@code now} minus
     * {@link #MAX_SKIPPED_KEY_AGE}; returns how many were dropped.
     */
    public int expireSkippedKeys(Instant now) {
        return state.skipped.expireBefore(expiryCutoff(epochSeconds(now)));
    }

    /** Versioned binary form (first byte = format version 2) holding every secret; the caller stores it encrypted. */
    public byte[] toBytes() {
        return RatchetStateCodec.encode(state);
    }

    /**
     * The session stored by {@link #toBytes}; strict: checks every length, rejects trailing
     * bytes and unknown versions. A version 1 state, whose skipped keys carry no time, gets
     * {@code now} as their time; {@code now} serves nothing else.
     */
    public static RatchetSession fromBytes(byte[] bytes, Instant now) throws RatchetException {
        return new RatchetSession(RatchetStateCodec.decode(bytes, epochSeconds(now)));
    }

    /** How many skipped message keys are kept for messages that may still arrive. */
    public int storedSkippedKeys() {
        return state.skipped.size();
    }

    /** Counters only: no key, not even a public one (header encryption hides those). */
    @Override
    public String toString() {
        return "RatchetSession[sent=" + state.sendCount + ", received=" + state.receiveCount
                + ", previousSent=" + state.previousSendCount + ", skippedKeys=" + state.skipped.size()
                + ", receivingChain=" + (state.receivingChainKey != null) + "]";
    }

    /** TrySkippedMessageKeysHE: the plaintext if a stored skipped key belongs to this message. */
    private static Optional<byte[]> trySkippedMessageKeys(RatchetState s, Parts parts, byte[] aad)
            throws RatchetException {
        for (byte[] headerKey : s.skipped.headerKeys()) {
            Optional<RatchetHeader> header = RatchetHeader.open(headerKey, parts.sealedHeader());
            byte[] messageKey = header.isPresent() ? s.skipped.take(headerKey, header.get().number()) : null;
            if (messageKey != null) {
                return Optional.of(openBody(messageKey, aad, parts.sealedBody()));
            }
        }
        return Optional.empty();
    }

    /** DecryptHeader, then the DH ratchet step if the header opened under the next header key. */
    private static byte[] decryptInChain(RatchetState s, Parts parts, byte[] aad, long now)
            throws RatchetException {
        Optional<RatchetHeader> current = s.receivingHeaderKey == null
                ? Optional.empty() : RatchetHeader.open(s.receivingHeaderKey, parts.sealedHeader());
        RatchetHeader header;
        if (current.isPresent()) {
            header = current.get();
            if (header.number() < s.receiveCount) {
                throw new RatchetException(Reason.NOT_DECRYPTABLE,
                        "ratchet message was already decrypted or its skipped key was dropped");
            }
        } else {
            header = RatchetHeader.open(s.nextReceivingHeaderKey, parts.sealedHeader())
                    .orElseThrow(() -> new RatchetException(Reason.NOT_DECRYPTABLE,
                            "ratchet message header opens under no key of this session"));
            s.skipReceivingKeys(header.previousCount(), now);
            s.dhRatchet(header.dh());
        }
        s.skipReceivingKeys(header.number(), now);
        return openBody(s.advanceReceivingChain(), aad, parts.sealedBody());
    }

    /** Opens the body with a message key used once, then wipes the key. */
    private static byte[] openBody(byte[] messageKey, byte[] aad, byte[] sealedBody) throws RatchetException {
        try {
            return XChaCha20Poly1305.open(RatchetKdf.aeadKey(messageKey), aad, sealedBody);
        } catch (AuthenticationException e) {
            throw new RatchetException(Reason.NOT_DECRYPTABLE, "ratchet message body does not authenticate");
        } finally {
            RatchetKdf.wipe(messageKey);
        }
    }

    /**
     * {@code now} in epoch seconds, never negative: the stored form refuses negative times, and
     * a clock before 1970 is wrong anyway, so such a time stamps 0 and expires nothing.
     */
    private static long epochSeconds(Instant now) {
        return Math.max(0, Objects.requireNonNull(now, "now").getEpochSecond());
    }

    /** Keys stored before this epoch second are too old. */
    private static long expiryCutoff(long nowSeconds) {
        return nowSeconds - MAX_SKIPPED_KEY_AGE.getSeconds();
    }

    /** The body's associated data: the caller's, then the sealed header (fixed length, so unambiguous). */
    private static byte[] bodyAad(byte[] associatedData, byte[] sealedHeader) {
        byte[] aad = new byte[associatedData.length + sealedHeader.length];
        System.arraycopy(associatedData, 0, aad, 0, associatedData.length);
        System.arraycopy(sealedHeader, 0, aad, associatedData.length, sealedHeader.length);
        return aad;
    }
}

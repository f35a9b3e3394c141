package app.pli.messenger.session;

import static app.pli.messenger.session.RatchetConstants.KEY_BYTES;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PrivateKey;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.messenger.session.RatchetException.Reason;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * The stored form of a {@link RatchetState}, version 2, all integers big-endian:
 * <pre>
 * version (1 byte = 2)
 * DHs private key (32)
 * receiving chain present (1 byte: 0 or 1), then if 1: DHr (32) | CKr (32) | HKr (32)
 * RK (32) | CKs (32) | HKs (32) | NHKs (32) | NHKr (32)
 * Ns (u32) | Nr (u32) | PN (u32)
 * skipped count (u32), then per entry, oldest first:
 *     header key (32) | N (u32) | message key (32) | stored at, epoch seconds (u64)
 * </pre>
 * Version 1 is the same without the time in each entry; it is still read, its keys taking
 * the time the caller gives, and never written. Deterministic: one state has one encoding.
 * Decoding is strict: every counter at most 2^31-1, every time at most 2^63-1, the skipped
 * count at most {@link RatchetSession#MAX_STORED_SKIPPED}, no repeated skipped entry,
 * nothing after the last entry.
 */
final class RatchetStateCodec {
    private static final int SKIPPED_ENTRY_BYTES_V1 = KEY_BYTES + 4 + KEY_BYTES;
    private static final int SKIPPED_ENTRY_BYTES = SKIPPED_ENTRY_BYTES_V1 + 8;

    private RatchetStateCodec() {}

    static byte[] encode(RatchetState s) {
        boolean receiving = s.receivingChainKey != null;
        int length = 1 + X25519PrivateKey.BYTES + 1 + (receiving ? X25519PublicKey.BYTES + 2 * KEY_BYTES : 0)
                + 5 * KEY_BYTES + 3 * 4 + 4 + s.skipped.size() * SKIPPED_ENTRY_BYTES;
        ByteBuffer out = ByteBuffer.allocate(length);
        out.put(RatchetConstants.STATE_VERSION);
        byte[] privateKey = s.sendingRatchetKey.privateKey().bytes();
        out.put(privateKey);
        RatchetKdf.wipe(privateKey);
        out.put((byte) (receiving ? 1 : 0));
        if (receiving) {
            out.put(s.receivingRatchetKey.bytes()).put(s.receivingChainKey).put(s.receivingHeaderKey);
        }
        out.put(s.rootKey).put(s.sendingChainKey).put(s.sendingHeaderKey);
        out.put(s.nextSendingHeaderKey).put(s.nextReceivingHeaderKey);
        out.putInt(s.sendCount).putInt(s.receiveCount).putInt(s.previousSendCount);
        out.putInt(s.skipped.size());
        for (SkippedKeys.Entry e : s.skipped.entries()) {
            out.put(e.headerKey()).putInt(e.number()).put(e.messageKey()).putLong(e.storedAt());
        }
        return out.array();
    }

    /**
     * Decodes either version; {@code v1StoredAt} (epoch seconds, not negative) becomes the
     * time of every skipped key of a version 1 state, which recorded none.
     */
    static RatchetState decode(byte[] bytes, long v1StoredAt) throws RatchetException {
        Objects.requireNonNull(bytes, "bytes");
        Reader in = new Reader(bytes);
        int version = in.u8();
        if (version != RatchetConstants.STATE_VERSION
                && version != RatchetConstants.STATE_VERSION_WITHOUT_TIMES) {
            throw new RatchetException(Reason.UNSUPPORTED_VERSION,
                    "ratchet state version " + version + " is not supported");
        }
        boolean timed = version == RatchetConstants.STATE_VERSION;
        RatchetState s = new RatchetState();
        boolean complete = false;
        try {
            readFields(in, s, timed, v1StoredAt);
            complete = true;
            return s;
        } finally {
            if (!complete) {
                s.wipe();
            }
        }
    }

    private static void readFields(Reader in, RatchetState s, boolean timed, long v1StoredAt)
            throws RatchetException {
        readRatchetKeys(in, s);
        s.rootKey = in.key();
        s.sendingChainKey = in.key();
        s.sendingHeaderKey = in.key();
        s.nextSendingHeaderKey = in.key();
        s.nextReceivingHeaderKey = in.key();
        s.sendCount = in.counter();
        s.receiveCount = in.counter();
        s.previousSendCount = in.counter();
        readSkipped(in, s.skipped, timed, v1StoredAt);
        if (in.remaining() != 0) {
            throw malformed("trailing bytes after the skipped keys");
        }
    }

    private static void readRatchetKeys(Reader in, RatchetState s) throws RatchetException {
        byte[] privateKey = in.key();
        try {
            s.sendingRatchetKey = X25519KeyPair.of(X25519PrivateKey.of(privateKey));
            int receiving = in.u8();
            if (receiving > 1) {
                throw malformed("receiving-chain flag is neither 0 nor 1");
            }
            if (receiving == 1) {
                s.receivingRatchetKey = X25519PublicKey.of(in.key());
                s.receivingChainKey = in.key();
                s.receivingHeaderKey = in.key();
            }
        } catch (CryptoException e) {
            throw new IllegalStateException("32 bytes were refused as an X25519 key", e);
        } finally {
            RatchetKdf.wipe(privateKey);
        }
    }

    private static void readSkipped(Reader in, SkippedKeys skipped, boolean timed, long v1StoredAt)
            throws RatchetException {
        int count = in.counter();
        if (count > RatchetSession.MAX_STORED_SKIPPED) {
            throw malformed("more skipped keys than the cap");
        }
        if ((long) count * (timed ? SKIPPED_ENTRY_BYTES : SKIPPED_ENTRY_BYTES_V1) > in.remaining()) {
            throw malformed("truncated skipped keys");
        }
        for (int i = 0; i < count; i++) {
            byte[] headerKey = in.key();
            byte[] messageKey = null;
            try {
                int number = in.counter();
                messageKey = in.key();
                long storedAt = timed ? in.time() : v1StoredAt;
                if (skipped.contains(headerKey, number)) {
                    throw malformed("a skipped key is stored twice");
                }
                skipped.put(headerKey, number, messageKey, storedAt);
            } finally {
                RatchetKdf.wipe(headerKey, messageKey);
            }
        }
    }

    private static RatchetException malformed(String what) {
        return new RatchetException(Reason.MALFORMED, "ratchet state is malformed: " + what);
    }

    /** Reads fields off the input, refusing to run past its end. */
    private static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int remaining() {
            return bytes.length - position;
        }

        int u8() throws RatchetException {
            return take(1)[0] & 0xFF;
        }

        byte[] key() throws RatchetException {
            return take(KEY_BYTES);
        }

        /** A u32 that must fit a non-negative int. */
        int counter() throws RatchetException {
            int value = ByteBuffer.wrap(take(4)).getInt();
            if (value < 0) {
                throw malformed("a counter exceeds 2^31-1");
            }
            return value;
        }

        /** A u64 epoch second that must fit a non-negative long. */
        long time() throws RatchetException {
            long value = ByteBuffer.wrap(take(8)).getLong();
            if (value < 0) {
                throw malformed("a skipped key's time exceeds 2^63-1");
            }
            return value;
        }

        private byte[] take(int n) throws RatchetException {
            if (remaining() < n) {
                throw malformed("truncated");
            }
            byte[] field = Arrays.copyOfRange(bytes, position, position + n);
            position += n;
            return field;
        }
    }
}

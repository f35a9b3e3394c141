package app.pli.messenger.session;

import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Two ends of one fresh relationship: the key holder (inviter, Bob) and the key receiver (invitee, Alice). */
record RatchetPair(RatchetSession holder, RatchetSession receiver) {
    /** Associated data both ends use in these tests, as a caller would bind its own context. */
    static final byte[] AD = bytes("pli/v1/test/ratchet-ad");
    /** The time of every step that does not test the age of skipped keys. */
    static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    static RatchetPair create() {
        SymmetricKey rootKey = SymmetricKey.random();
        X25519KeyPair initial = X25519.generateKeyPair();
        return new RatchetPair(RatchetSession.forKeyHolder(rootKey, initial),
                RatchetSession.forKeyReceiver(rootKey, initial.publicKey()));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** {@code from} encrypts {@code text} under {@link #AD} at {@link #NOW}. */
    static byte[] send(RatchetSession from, String text) {
        return send(from, text, NOW);
    }

    /** {@code from} encrypts {@code text} under {@link #AD} at {@code now}. */
    static byte[] send(RatchetSession from, String text, Instant now) {
        return from.encrypt(bytes(text), AD, now);
    }

    /** {@code to} decrypts {@code message} under {@link #AD} at {@link #NOW} and returns the text. */
    static String receive(RatchetSession to, byte[] message) throws RatchetException {
        return receive(to, message, NOW);
    }

    /** {@code to} decrypts {@code message} under {@link #AD} at {@code now} and returns the text. */
    static String receive(RatchetSession to, byte[] message, Instant now) throws RatchetException {
        return text(to.decrypt(message, AD, now));
    }

    /** The stored session read back, with {@link #NOW} for a version 1 state. */
    static RatchetSession restore(byte[] stored) throws RatchetException {
        return RatchetSession.fromBytes(stored, NOW);
    }
}

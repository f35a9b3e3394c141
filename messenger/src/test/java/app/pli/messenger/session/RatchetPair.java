package app.pli.messenger.session;

import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import java.nio.charset.StandardCharsets;

/** Two ends of one fresh relationship: the key holder (inviter, Bob) and the key receiver (invitee, Alice). */
record RatchetPair(RatchetSession holder, RatchetSession receiver) {
    /** Associated data both ends use in these tests, as a caller would bind its own context. */
    static final byte[] AD = bytes("pli/v1/test/ratchet-ad");

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

    /** {@code from} encrypts {@code text} under {@link #AD}. */
    static byte[] send(RatchetSession from, String text) {
        return from.encrypt(bytes(text), AD);
    }

    /** {@code to} decrypts {@code message} under {@link #AD} and returns the text. */
    static String receive(RatchetSession to, byte[] message) throws RatchetException {
        return text(to.decrypt(message, AD));
    }
}

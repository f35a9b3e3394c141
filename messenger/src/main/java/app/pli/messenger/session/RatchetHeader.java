package app.pli.messenger.session;

import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.crypto.XChaCha20Poly1305;
import app.pli.messenger.session.RatchetException.Reason;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;

/**
 * A message header: the sender's ratchet public key, PN (messages in its previous sending
 * chain) and N (this message's number in the current chain).
 *
 * <p>Encoded as {@code dh (32) | PN (u32, big-endian) | N (u32, big-endian)} and sealed with
 * XChaCha20-Poly1305 under a header key with empty associated data (HENCRYPT of the
 * specification). Invariant: PN and N are between 0 and {@link Integer#MAX_VALUE}.
 */
record RatchetHeader(X25519PublicKey dh, int previousCount, int number) {
    private static final byte[] NO_AAD = new byte[0];

    RatchetHeader {
        Objects.requireNonNull(dh, "dh");
        if (previousCount < 0 || number < 0) {
            throw new IllegalArgumentException("header counters must not be negative");
        }
    }

    /** HENCRYPT(headerKey, this): {@value RatchetConstants#SEALED_HEADER_BYTES} bytes. */
    byte[] seal(byte[] headerKey) {
        ByteBuffer plain = ByteBuffer.allocate(RatchetConstants.HEADER_BYTES);
        plain.put(dh.bytes()).putInt(previousCount).putInt(number);
        return XChaCha20Poly1305.seal(RatchetKdf.aeadKey(headerKey), NO_AAD, plain.array());
    }

    /**
     * HDECRYPT(headerKey, sealed): the header, or empty when it was not sealed under
     * {@code headerKey} (or was altered).
     *
     * @throws RatchetException MALFORMED when it opens but does not hold a valid header,
     *     which only a holder of the header key can cause
     */
    static Optional<RatchetHeader> open(byte[] headerKey, byte[] sealed) throws RatchetException {
        SymmetricKey key = RatchetKdf.aeadKey(headerKey);
        byte[] plain;
        try {
            plain = XChaCha20Poly1305.open(key, NO_AAD, sealed);
        } catch (AuthenticationException e) {
            return Optional.empty();
        }
        return Optional.of(decode(plain));
    }

    private static RatchetHeader decode(byte[] plain) throws RatchetException {
        if (plain.length != RatchetConstants.HEADER_BYTES) {
            throw new RatchetException(Reason.MALFORMED, "ratchet header has the wrong length");
        }
        ByteBuffer in = ByteBuffer.wrap(plain);
        byte[] dhBytes = new byte[X25519PublicKey.BYTES];
        in.get(dhBytes);
        int previousCount = in.getInt();
        int number = in.getInt();
        if (previousCount < 0 || number < 0) {
            throw new RatchetException(Reason.MALFORMED, "ratchet header counter is out of range");
        }
        try {
            return new RatchetHeader(X25519PublicKey.of(dhBytes), previousCount, number);
        } catch (CryptoException e) {
            throw new IllegalStateException("32 bytes were refused as an X25519 public key", e);
        }
    }
}

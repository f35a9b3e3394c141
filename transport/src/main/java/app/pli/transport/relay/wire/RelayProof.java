package app.pli.transport.relay.wire;

import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.Ed25519PrivateKey;
import app.pli.core.crypto.Ed25519PublicKey;
import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * Signatures that prove possession of a mailbox key (or of a locked sender's key) on one
 * Noise session.
 *
 * <p>The signed message is {@code label || handshake hash || subject...}: the purpose's
 * ASCII label, the 32-byte handshake hash of the session that carries the proof, then the
 * purpose's fixed-length subject fields. Every part after the label has a fixed length, so
 * the message cannot be read two ways; the handshake hash makes a proof useless on any
 * other connection.
 */
public final class RelayProof {
    /** Bytes of a Noise SHA-256 handshake hash. */
    public static final int HANDSHAKE_HASH_BYTES = 32;

    private RelayProof() {}

    /** The message a proof of {@code purpose} signs on the session {@code handshakeHash}. */
    public static byte[] message(ProofPurpose purpose, byte[] handshakeHash, byte[]... subject) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(handshakeHash, "handshakeHash");
        if (handshakeHash.length != HANDSHAKE_HASH_BYTES) {
            throw new IllegalArgumentException("handshake hash must be 32 bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + HANDSHAKE_HASH_BYTES);
        out.writeBytes(purpose.label());
        out.writeBytes(handshakeHash);
        for (byte[] part : subject) {
            out.writeBytes(Objects.requireNonNull(part, "subject part"));
        }
        return out.toByteArray();
    }

    /** The 64-byte proof of {@code purpose} by {@code key}. */
    public static byte[] sign(Ed25519PrivateKey key, ProofPurpose purpose, byte[] handshakeHash,
            byte[]... subject) {
        return Ed25519.sign(key, message(purpose, handshakeHash, subject));
    }

    /** Whether {@code signature} is {@code key}'s proof of {@code purpose}; false for any malformed input. */
    public static boolean verify(Ed25519PublicKey key, byte[] signature, ProofPurpose purpose,
            byte[] handshakeHash, byte[]... subject) {
        return Ed25519.verify(key, message(purpose, handshakeHash, subject), signature);
    }
}

package app.pli.transport.relay.server;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Ed25519PublicKey;
import app.pli.transport.relay.wire.ProofPurpose;
import app.pli.transport.relay.wire.RelayProof;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Verifies relay proofs on one connection and remembers the ones that passed. Ed25519
 * signatures are deterministic and a proof signs only the purpose, the session's handshake
 * hash and fixed subject fields, so a client repeats the same 64 bytes for every ack on a
 * mailbox; recognising them saves a verification per request. A remembered proof is only
 * ever accepted again for the same purpose, subject, key and signature bytes.
 *
 * <p>Confined to the connection's event loop; holds at most {@link #CAPACITY} entries.
 */
final class VerifiedProofs {
    static final int CAPACITY = 1024;

    private final byte[] handshakeHash;
    private final Map<ByteBuffer, byte[]> verified = new HashMap<>();

    VerifiedProofs(byte[] handshakeHash) {
        this.handshakeHash = handshakeHash.clone();
    }

    /** Whether {@code signature} by the key encoded as {@code key} proves {@code purpose} for {@code subject}. */
    boolean verify(ProofPurpose purpose, byte[] key, byte[] signature, byte[]... subject) {
        ByteBuffer claim = claim(purpose, subject);
        byte[] keyAndSignature = concat(key, signature);
        byte[] known = verified.get(claim);
        if (known != null && Arrays.equals(known, keyAndSignature)) {
            return true;
        }
        Ed25519PublicKey publicKey;
        try {
            publicKey = Ed25519PublicKey.of(key);
        } catch (CryptoException e) {
            return false;
        }
        if (!RelayProof.verify(publicKey, signature, purpose, handshakeHash, subject)) {
            return false;
        }
        if (verified.size() >= CAPACITY) {
            verified.clear();
        }
        verified.put(claim, keyAndSignature);
        return true;
    }

    private static ByteBuffer claim(ProofPurpose purpose, byte[][] subject) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(purpose.ordinal());
        for (byte[] part : subject) {
            out.writeBytes(part);
        }
        return ByteBuffer.wrap(out.toByteArray());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

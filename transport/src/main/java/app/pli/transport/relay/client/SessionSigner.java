package app.pli.transport.relay.client;

import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.OwnerProof;
import app.pli.transport.relay.wire.ProofPurpose;
import app.pli.transport.relay.wire.RelayProof;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes the proofs one Noise session needs. A proof binds the session's handshake hash,
 * so it is made anew for each connection; within a session an identical proof (same
 * purpose, subject and key) is reused rather than signed again, because Ed25519 would
 * produce the same bytes.
 *
 * <p>Confined to the client's event loop; lives as long as its connection.
 */
final class SessionSigner {
    private static final int CAPACITY = 1024;

    private final byte[] handshakeHash;
    private final Map<ByteBuffer, byte[]> signatures = new HashMap<>();

    SessionSigner(byte[] handshakeHash) {
        this.handshakeHash = handshakeHash.clone();
    }

    /** The owner's proof of {@code purpose} over the fetch id (then {@code extra}). */
    OwnerProof owner(ProofPurpose purpose, MailboxCredentials mailbox, byte[]... extra) {
        byte[][] subject = new byte[1 + extra.length][];
        subject[0] = mailbox.fetchId().bytes();
        System.arraycopy(extra, 0, subject, 1, extra.length);
        byte[] signature = sign(mailbox.mailboxKey(), purpose, subject);
        return new OwnerProof(subject[0], mailbox.mailboxKey().publicKey().bytes(), signature);
    }

    /** The proof that registers {@code mailboxKey} as a new mailbox's key. */
    byte[] create(Ed25519KeyPair mailboxKey) {
        return sign(mailboxKey, ProofPurpose.CREATE, mailboxKey.publicKey().bytes());
    }

    /** The locked sender's proof for depositing under {@code depositId}. */
    byte[] deposit(Ed25519KeyPair sender, DepositId depositId) {
        return sign(sender, ProofPurpose.DEPOSIT, depositId.bytes());
    }

    private byte[] sign(Ed25519KeyPair key, ProofPurpose purpose, byte[]... subject) {
        ByteBuffer cacheKey = cacheKey(key, purpose, subject);
        byte[] cached = signatures.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        byte[] signature = RelayProof.sign(key.privateKey(), purpose, handshakeHash, subject);
        if (signatures.size() >= CAPACITY) {
            signatures.clear();
        }
        signatures.put(cacheKey, signature);
        return signature;
    }

    private static ByteBuffer cacheKey(Ed25519KeyPair key, ProofPurpose purpose, byte[][] subject) {
        byte[] publicKey = key.publicKey().bytes();
        int length = 1 + publicKey.length;
        for (byte[] part : subject) {
            length += part.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        buffer.put((byte) purpose.ordinal()).put(publicKey);
        for (byte[] part : subject) {
            buffer.put(part);
        }
        return buffer.flip();
    }
}

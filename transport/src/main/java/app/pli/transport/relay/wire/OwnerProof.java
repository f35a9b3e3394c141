package app.pli.transport.relay.wire;

import static app.pli.transport.relay.wire.RelayConstants.ID_BYTES;
import static app.pli.transport.relay.wire.RelayConstants.PUBLIC_KEY_BYTES;
import static app.pli.transport.relay.wire.RelayConstants.SIGNATURE_BYTES;

/**
 * A mailbox owner's claim inside a request: the mailbox's fetch id, the mailbox public key,
 * and that key's {@link RelayProof} for the request's {@link ProofPurpose} on this session.
 *
 * <p>The relay verifies the signature against the key given here and then checks that the
 * key is the one registered for the fetch id; it never trusts the key alone.
 */
public record OwnerProof(byte[] fetchId, byte[] mailboxKey, byte[] signature) {
    public OwnerProof {
        FieldRules.exactly(fetchId, ID_BYTES, "fetchId");
        FieldRules.exactly(mailboxKey, PUBLIC_KEY_BYTES, "mailboxKey");
        FieldRules.exactly(signature, SIGNATURE_BYTES, "signature");
    }

    @Override
    public String toString() {
        return "OwnerProof[" + FetchId.of(fetchId) + "]";
    }
}

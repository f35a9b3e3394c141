package app.pli.transport.relay.wire;

import static app.pli.transport.relay.wire.RelayConstants.ID_BYTES;
import static app.pli.transport.relay.wire.RelayConstants.MAX_ACK_IDS;
import static app.pli.transport.relay.wire.RelayConstants.MAX_READ_IDS;
import static app.pli.transport.relay.wire.RelayConstants.PUBLIC_KEY_BYTES;
import static app.pli.transport.relay.wire.RelayConstants.SIGNATURE_BYTES;

import app.pli.core.block.BlockConstants;
import java.util.List;
import java.util.Objects;

/**
 * The frames a client sends to a relay. Each carries a positive {@link #requestId()},
 * chosen by the client and unique on its connection, which the relay's answer repeats.
 *
 * <p>The constructors enforce every field rule (exact id, key and signature lengths, list
 * bounds), so a decoded request is well-formed; whether its proof verifies is the relay's
 * business.
 */
public sealed interface RelayRequest extends RelayFrame {
    /** The client's number for this request, repeated in the relay's answer. */
    long requestId();

    /**
     * Registers a new mailbox under {@code mailboxKey}, with that key's {@link ProofPurpose#CREATE}
     * proof over the key itself. Answered by {@link RelayResponse.MailboxCreated}.
     */
    record CreateMailbox(long requestId, byte[] mailboxKey, byte[] signature) implements RelayRequest {
        public CreateMailbox {
            FieldRules.requestId(requestId);
            FieldRules.exactly(mailboxKey, PUBLIC_KEY_BYTES, "mailboxKey");
            FieldRules.exactly(signature, SIGNATURE_BYTES, "signature");
        }
    }

    /**
     * Deposits one block. {@code senderKey} and {@code senderSignature} are both empty for an
     * anonymous deposit, or the locked sender's key and its {@link ProofPurpose#DEPOSIT}
     * proof over the deposit id. Answered by {@link RelayResponse.Done} once durable.
     */
    record Deposit(long requestId, byte[] depositId, byte[] blockId, byte[] block, byte[] senderKey,
            byte[] senderSignature) implements RelayRequest {
        public Deposit {
            FieldRules.requestId(requestId);
            FieldRules.exactly(depositId, ID_BYTES, "depositId");
            FieldRules.exactly(blockId, ID_BYTES, "blockId");
            FieldRules.exactly(block, BlockConstants.BLOCK_SIZE, "block");
            FieldRules.emptyOr(senderKey, PUBLIC_KEY_BYTES, "senderKey");
            FieldRules.emptyOr(senderSignature, SIGNATURE_BYTES, "senderSignature");
            if ((senderKey.length == 0) != (senderSignature.length == 0)) {
                throw new IllegalArgumentException("senderKey and senderSignature come together");
            }
        }

        @Override
        public boolean carriesBlock() {
            return true;
        }
    }

    /**
     * Asks the relay to push the mailbox's queued and future blocks on this connection.
     * Answered by {@link RelayResponse.Done}, then {@link RelayResponse.Deliver} frames with
     * request id 0.
     */
    record Subscribe(long requestId, OwnerProof owner) implements RelayRequest {
        public Subscribe {
            FieldRules.requestId(requestId);
            Objects.requireNonNull(owner, "owner");
        }
    }

    /** Stops pushes for a mailbox on this connection; needs no proof. Answered by {@link RelayResponse.Done}. */
    record Unsubscribe(long requestId, byte[] fetchId) implements RelayRequest {
        public Unsubscribe {
            FieldRules.requestId(requestId);
            FieldRules.exactly(fetchId, ID_BYTES, "fetchId");
        }
    }

    /**
     * Asks for up to {@code maxBlocks} queued blocks (the relay caps it at
     * {@link RelayConstants#MAX_FETCH_BLOCKS}). Answered by that many
     * {@link RelayResponse.Deliver} frames carrying this request id, then
     * {@link RelayResponse.FetchDone}.
     */
    record Fetch(long requestId, OwnerProof owner, int maxBlocks) implements RelayRequest {
        public Fetch {
            FieldRules.requestId(requestId);
            Objects.requireNonNull(owner, "owner");
            if (maxBlocks < 1) {
                throw new IllegalArgumentException("maxBlocks must be positive");
            }
        }
    }

    /**
     * Acknowledges (and so deletes) up to {@link RelayConstants#MAX_ACK_IDS} blocks by id;
     * ids the mailbox does not hold are ignored. Answered by {@link RelayResponse.Done}.
     */
    record Ack(long requestId, OwnerProof owner, List<byte[]> blockIds) implements RelayRequest {
        public Ack {
            FieldRules.requestId(requestId);
            Objects.requireNonNull(owner, "owner");
            blockIds = FieldRules.listOf(blockIds, 1, MAX_ACK_IDS, "blockIds");
            for (byte[] id : blockIds) {
                FieldRules.exactly(id, ID_BYTES, "blockId");
            }
        }
    }

    /**
     * Reads up to {@link RelayConstants#MAX_READ_IDS} blocks by id without deleting them, so
     * that several readers can read the same blocks; ids the mailbox does not hold are
     * skipped. Answered by one {@link RelayResponse.Deliver} frame carrying this request id
     * per block held, in the order asked, then {@link RelayResponse.FetchDone}.
     */
    record Read(long requestId, OwnerProof owner, List<byte[]> blockIds) implements RelayRequest {
        public Read {
            FieldRules.requestId(requestId);
            Objects.requireNonNull(owner, "owner");
            blockIds = FieldRules.listOf(blockIds, 1, MAX_READ_IDS, "blockIds");
            for (byte[] id : blockIds) {
                FieldRules.exactly(id, ID_BYTES, "blockId");
            }
        }
    }

    /**
     * Locks the mailbox to one sender key (replacing any earlier lock); from then on a
     * deposit needs that sender's proof. The owner's {@link ProofPurpose#LOCK} proof covers
     * the sender key. Answered by {@link RelayResponse.Done}.
     */
    record Lock(long requestId, OwnerProof owner, byte[] senderKey) implements RelayRequest {
        public Lock {
            FieldRules.requestId(requestId);
            Objects.requireNonNull(owner, "owner");
            FieldRules.exactly(senderKey, PUBLIC_KEY_BYTES, "senderKey");
        }
    }

    /** Deletes the mailbox and every block in it. Answered by {@link RelayResponse.Done}. */
    record DeleteMailbox(long requestId, OwnerProof owner) implements RelayRequest {
        public DeleteMailbox {
            FieldRules.requestId(requestId);
            Objects.requireNonNull(owner, "owner");
        }
    }

    /** Keeps an idle connection open. Answered by {@link RelayResponse.Done}. */
    record Ping(long requestId) implements RelayRequest {
        public Ping {
            FieldRules.requestId(requestId);
        }
    }
}

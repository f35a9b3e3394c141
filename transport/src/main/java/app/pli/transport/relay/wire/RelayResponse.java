package app.pli.transport.relay.wire;

import static app.pli.transport.relay.wire.RelayConstants.ID_BYTES;
import static app.pli.transport.relay.wire.RelayConstants.MAX_DONE_IDS;
import static app.pli.transport.relay.wire.RelayConstants.MAX_ERROR_MESSAGE_CHARS;

import app.pli.core.block.BlockConstants;
import java.util.List;

/**
 * The frames a relay sends to a client: answers that repeat a request id, and pushed
 * blocks (request id 0).
 */
public sealed interface RelayResponse extends RelayFrame {
    /** Answers {@link RelayRequest.CreateMailbox}: the two unrelated random ids of the new mailbox. */
    record MailboxCreated(long requestId, byte[] fetchId, byte[] depositId) implements RelayResponse {
        public MailboxCreated {
            FieldRules.requestId(requestId);
            FieldRules.exactly(fetchId, ID_BYTES, "fetchId");
            FieldRules.exactly(depositId, ID_BYTES, "depositId");
        }
    }

    /**
     * Reports requests carried out (a deposit: committed to disk). One frame may answer up
     * to {@link RelayConstants#MAX_DONE_IDS} requests.
     */
    record Done(List<Long> requestIds) implements RelayResponse {
        public Done {
            requestIds = FieldRules.listOf(requestIds, 1, MAX_DONE_IDS, "requestIds");
            for (long id : requestIds) {
                FieldRules.requestId(id);
            }
        }
    }

    /**
     * One queued block of the mailbox {@code fetchId}: pushed to a subscriber
     * ({@code requestId} 0) or answering a {@link RelayRequest.Fetch} or
     * {@link RelayRequest.Read} (its request id).
     */
    record Deliver(long requestId, byte[] fetchId, byte[] blockId, byte[] block) implements RelayResponse {
        public Deliver {
            if (requestId < 0) {
                throw new IllegalArgumentException("requestId must not be negative");
            }
            FieldRules.exactly(fetchId, ID_BYTES, "fetchId");
            FieldRules.exactly(blockId, ID_BYTES, "blockId");
            FieldRules.exactly(block, BlockConstants.BLOCK_SIZE, "block");
        }

        @Override
        public boolean carriesBlock() {
            return true;
        }
    }

    /**
     * Ends the answer to a {@link RelayRequest.Fetch} or {@link RelayRequest.Read}:
     * {@code delivered} blocks were sent.
     */
    record FetchDone(long requestId, int delivered) implements RelayResponse {
        public FetchDone {
            FieldRules.requestId(requestId);
            if (delivered < 0) {
                throw new IllegalArgumentException("delivered must not be negative");
            }
        }
    }

    /**
     * Refuses a request ({@code requestId} > 0) or the connection ({@code requestId} 0).
     * {@code code} is a {@link RelayErrorCode} number (unknown numbers are kept, not
     * rejected, so a newer relay can add codes); {@code message} is short printable ASCII.
     */
    record ErrorFrame(long requestId, int code, String message) implements RelayResponse {
        public ErrorFrame {
            if (requestId < 0) {
                throw new IllegalArgumentException("requestId must not be negative");
            }
            FieldRules.shortAscii(message, MAX_ERROR_MESSAGE_CHARS, "message");
        }
    }
}

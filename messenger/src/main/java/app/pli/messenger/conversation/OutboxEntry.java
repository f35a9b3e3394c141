package app.pli.messenger.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An envelope waiting to be handed over: its sealed 4096-byte blocks, in order.
 *
 * @param id the outbox row id; a larger id was queued later
 * @param contactId the recipient
 * @param messageId the outgoing text it carries; empty for a receipt
 * @param blocks the blocks, each exactly 4096 bytes
 */
public record OutboxEntry(long id, long contactId, Optional<byte[]> messageId, List<byte[]> blocks) {
    public OutboxEntry {
        Objects.requireNonNull(messageId, "messageId");
        blocks = List.copyOf(blocks);
    }

    @Override
    public String toString() {
        return "OutboxEntry[" + id + ", " + blocks.size() + " blocks]";
    }
}

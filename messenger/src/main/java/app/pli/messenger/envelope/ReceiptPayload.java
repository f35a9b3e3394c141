package app.pli.messenger.envelope;

import java.util.List;
import java.util.Objects;

/**
 * A delivery receipt: the ids of the contact's messages this side has stored.
 *
 * @param messageIds between 1 and {@link #MAX_IDS} message ids of 16 bytes
 */
public record ReceiptPayload(List<byte[]> messageIds) {
    /** Most ids in one receipt; more are split over several receipts. */
    public static final int MAX_IDS = 512;

    public ReceiptPayload {
        Objects.requireNonNull(messageIds, "messageIds");
        if (messageIds.isEmpty() || messageIds.size() > MAX_IDS) {
            throw new IllegalArgumentException("a receipt names between 1 and " + MAX_IDS + " messages");
        }
        for (byte[] id : messageIds) {
            if (id == null || id.length != TextPayload.MESSAGE_ID_BYTES) {
                throw new IllegalArgumentException("a message id is " + TextPayload.MESSAGE_ID_BYTES + " bytes");
            }
        }
        messageIds = messageIds.stream().map(byte[]::clone).toList();
    }

    @Override
    public List<byte[]> messageIds() {
        return messageIds.stream().map(byte[]::clone).toList();
    }

    @Override
    public String toString() {
        return "ReceiptPayload[" + messageIds.size() + " ids]";
    }
}

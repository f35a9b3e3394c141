package app.pli.messenger.envelope;

import java.util.List;

/**
 * Asks the contact which of these texts it has: sent when texts stay without a receipt
 * past the receipt patience (a receipt, or the text itself, may have been lost on the way).
 * The contact answers with a {@link ReceiptPayload} naming each id as stored or missing.
 *
 * @param messageIds between 1 and {@link ReceiptPayload#MAX_IDS} ids of 16 bytes
 */
public record ReceiptRequestPayload(List<byte[]> messageIds) implements Payload {
    public ReceiptRequestPayload {
        messageIds = ReceiptPayload.checked(messageIds, "messageIds");
        if (messageIds.isEmpty()) {
            throw new IllegalArgumentException("a receipt request names at least one message");
        }
    }

    @Override
    public List<byte[]> messageIds() {
        return messageIds.stream().map(byte[]::clone).toList();
    }

    @Override
    public String toString() {
        return "ReceiptRequestPayload[" + messageIds.size() + " ids]";
    }
}

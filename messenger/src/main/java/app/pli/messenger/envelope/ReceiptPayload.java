package app.pli.messenger.envelope;

import java.util.List;
import java.util.Objects;

/**
 * A delivery receipt: the ids of the contact's texts this side has stored, and (in answer to
 * a {@link ReceiptRequestPayload}) the ids it asked about that this side never received, so
 * the contact sends those again.
 *
 * @param messageIds at most {@link #MAX_IDS} ids of 16 bytes of stored texts
 * @param missingIds at most {@link #MAX_IDS} ids of 16 bytes of texts asked about and not stored
 */
public record ReceiptPayload(List<byte[]> messageIds, List<byte[]> missingIds) implements Payload {
    /** Most ids in each list of one receipt; more are split over several receipts. */
    public static final int MAX_IDS = 512;

    public ReceiptPayload {
        messageIds = checked(messageIds, "messageIds");
        missingIds = checked(missingIds, "missingIds");
        if (messageIds.isEmpty() && missingIds.isEmpty()) {
            throw new IllegalArgumentException("a receipt names at least one message");
        }
    }

    /** A receipt for stored texts only. */
    public ReceiptPayload(List<byte[]> messageIds) {
        this(messageIds, List.of());
    }

    @Override
    public List<byte[]> messageIds() {
        return messageIds.stream().map(byte[]::clone).toList();
    }

    @Override
    public List<byte[]> missingIds() {
        return missingIds.stream().map(byte[]::clone).toList();
    }

    @Override
    public String toString() {
        return "ReceiptPayload[" + messageIds.size() + " ids, " + missingIds.size() + " missing]";
    }

    static List<byte[]> checked(List<byte[]> ids, String what) {
        Objects.requireNonNull(ids, what);
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException(what + " names at most " + MAX_IDS + " messages");
        }
        for (byte[] id : ids) {
            if (id == null || id.length != TextPayload.MESSAGE_ID_BYTES) {
                throw new IllegalArgumentException("a message id is " + TextPayload.MESSAGE_ID_BYTES + " bytes");
            }
        }
        return ids.stream().map(byte[]::clone).toList();
    }
}

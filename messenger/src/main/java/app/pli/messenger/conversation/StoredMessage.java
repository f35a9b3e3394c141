package app.pli.messenger.conversation;

import app.pli.messenger.envelope.TextPayload;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One message of a conversation, opened.
 *
 * @param contactId the contact of the conversation
 * @param messageId the sender's 16-byte id
 * @param outgoing whether this side sent it
 * @param status its status ({@link MessageStatus#RECEIVED} for incoming ones)
 * @param sentAt the sender's send time
 * @param sequence the sender's sequence number in this conversation
 * @param text the text
 * @param groupRow the group it was sent in (its local row id), or 0 for a 1:1 message; an
 *     outgoing group message has one stored copy per member, {@code contactId} that member
 */
public record StoredMessage(long contactId, byte[] messageId, boolean outgoing, MessageStatus status, Instant sentAt,
        long sequence, String text, long groupRow) {
    public StoredMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(text, "text");
        messageId = messageId.clone();
    }

    @Override
    public byte[] messageId() {
        return messageId.clone();
    }

    /** The same message with another status. */
    public StoredMessage withStatus(MessageStatus newStatus) {
        return new StoredMessage(contactId, messageId, outgoing, newStatus, sentAt, sequence, text, groupRow);
    }

    /** The text as it travels: same id, send time and sequence. */
    public TextPayload payload() {
        return new TextPayload(messageId, sentAt.toEpochMilli(), sequence, text);
    }

    /** Whether it belongs to a group's conversation. */
    public boolean inGroup() {
        return groupRow != 0;
    }

    /** The message id as 32 lowercase hex digits, as users see it. */
    public String hexId() {
        return HexFormat.of().formatHex(messageId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredMessage m && contactId == m.contactId && Arrays.equals(messageId, m.messageId)
                && outgoing == m.outgoing && status == m.status && sentAt.equals(m.sentAt)
                && sequence == m.sequence && text.equals(m.text);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(messageId);
    }

    @Override
    public String toString() {
        return "StoredMessage[" + hexId() + ", " + (outgoing ? "out" : "in") + ", " + status + "]";
    }
}

package app.pli.messenger.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of a conversation, as a UI shows it.
 *
 * @param id the message id, 32 lowercase hex digits
 * @param contact the contact's current name
 * @param outgoing whether this profile sent it
 * @param text the text
 * @param sentAt when the sender sent it (the sender's clock)
 * @param status {@code queued}, {@code sent} or {@code delivered} for outgoing messages;
 *     {@code received} for incoming ones
 */
public record MessageInfo(String id, String contact, boolean outgoing, String text, Instant sentAt, String status) {
    public MessageInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public String toString() {
        return "MessageInfo[" + id + ", " + status + "]";
    }
}

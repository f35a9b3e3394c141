package app.pli.messenger.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of a conversation, as a UI shows it.
 *
 * @param id the message id, 32 lowercase hex digits
 * @param contact the contact's current name; in a group, the sender's name in the group for
 *     an incoming message, the group's name for an outgoing one
 * @param outgoing whether this profile sent it
 * @param text the text
 * @param sentAt when the sender sent it (the sender's clock)
 * @param status {@code queued}, {@code sent} or {@code delivered} for outgoing messages (in a
 *     group, the least advanced among the current members: {@code delivered} once all of them
 *     acknowledged it); {@code received} for incoming ones
 * @param group the group's name, for a group message
 * @param deliveries for an outgoing group message, each member's status
 * @param files the files the message carries
 */
public record MessageInfo(String id, String contact, boolean outgoing, String text, Instant sentAt, String status,
        Optional<String> group, List<Delivery> deliveries, List<Attachment> files) {
    /** A file a message carries: its local id, name, size and transfer state (as in {@link FileInfo}). */
    public record Attachment(String id, String name, long size, String state) {
        public Attachment {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(state, "state");
        }
    }

    /** Where one member's copy of a group message stands: {@code queued}, {@code sent} or {@code delivered}. */
    public record Delivery(String member, String status) {
        public Delivery {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(status, "status");
        }
    }

    public MessageInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(group, "group");
        deliveries = List.copyOf(deliveries);
        files = List.copyOf(files);
    }

    /** A message without files. */
    public MessageInfo(String id, String contact, boolean outgoing, String text, Instant sentAt, String status,
            Optional<String> group, List<Delivery> deliveries) {
        this(id, contact, outgoing, text, sentAt, status, group, deliveries, List.of());
    }

    /** The same message carrying {@code attached}. */
    public MessageInfo withFiles(List<Attachment> attached) {
        return new MessageInfo(id, contact, outgoing, text, sentAt, status, group, deliveries, attached);
    }

    /** A 1:1 message. */
    public MessageInfo(String id, String contact, boolean outgoing, String text, Instant sentAt, String status) {
        this(id, contact, outgoing, text, sentAt, status, Optional.empty(), List.of());
    }

    @Override
    public String toString() {
        return "MessageInfo[" + id + ", " + status + "]";
    }
}

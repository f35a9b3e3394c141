package app.pli.messenger.conversation;

import java.util.Optional;

/**
 * Where a message stands, stored as a small code. Outgoing messages move only forward:
 * {@link #QUEUED} (not yet on a relay) → {@link #SENT} (durable on the relay or handed over
 * on a direct link) → {@link #DELIVERED} (the contact's receipt arrived). Incoming
 * messages are {@link #RECEIVED}.
 */
public enum MessageStatus {
    QUEUED(1, "queued"),
    SENT(2, "sent"),
    DELIVERED(3, "delivered"),
    RECEIVED(10, "received");

    private final int code;
    private final String externalName;

    MessageStatus(int code, String externalName) {
        this.code = code;
        this.externalName = externalName;
    }

    int code() {
        return code;
    }

    /** The name used in text and JSON output. */
    public String externalName() {
        return externalName;
    }

    static Optional<MessageStatus> fromCode(int code) {
        for (MessageStatus status : values()) {
            if (status.code == code) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}

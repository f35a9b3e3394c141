package app.pli.messenger.conversation;

import java.util.Objects;

/**
 * What receiving one block did. Every outcome but {@link Failed} on a database error means
 * the block is dealt with for good, so it may be acknowledged to the relay.
 */
public sealed interface ReceiveOutcome {
    /** A new text, stored. */
    record Stored(StoredMessage message) implements ReceiveOutcome {
        public Stored {
            Objects.requireNonNull(message, "message");
        }
    }

    /** A receipt; {@code delivered} outgoing messages moved to delivered (repeats count 0). */
    record Receipt(int delivered) implements ReceiveOutcome {}

    /** A text whose id was already stored. */
    record Duplicate() implements ReceiveOutcome {}

    /** One block of a longer envelope, kept until its siblings arrive. */
    record Partial() implements ReceiveOutcome {}

    /** A block or message that was refused (forged, replayed, from another conversation, too far ahead). */
    record Refused(String reason) implements ReceiveOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

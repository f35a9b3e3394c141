package app.pli.messenger.conversation;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What receiving one block did. Every outcome but {@link Failed} on a database error means
 * the block is dealt with for good, so it may be acknowledged to the relay.
 */
public sealed interface ReceiveOutcome {
    /** The texts this outcome stored, in order (none for most). */
    default List<StoredMessage> storedMessages() {
        return List.of();
    }

    /** A new text, stored. */
    record Stored(StoredMessage message) implements ReceiveOutcome {
        public Stored {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public List<StoredMessage> storedMessages() {
            return List.of(message);
        }
    }

    /** A group text kept aside until a version makes its sender a member (see {@link IncomingGroups}). */
    record Held() implements ReceiveOutcome {}

    /**
     * A group version was taken: a group changed (or not, for a repeat), and the held texts
     * it made their senders' place for were stored, {@code released}.
     */
    record GroupChanged(boolean changed, List<StoredMessage> released) implements ReceiveOutcome {
        public GroupChanged {
            released = List.copyOf(released);
        }

        @Override
        public List<StoredMessage> storedMessages() {
            return released;
        }
    }

    /**
     * A receipt; {@code delivered} outgoing messages moved to delivered (repeats count 0) and
     * {@code resent} texts the contact said it never got were queued again.
     */
    record Receipt(int delivered, int resent) implements ReceiveOutcome {}

    /** The contact asked which of its texts this side has; the answer is queued. */
    record ReceiptRequest() implements ReceiveOutcome {}

    /** The contact introduced someone: the offer of row {@code offerRowId} waits for an answer (a repeat: empty). */
    record Offer(OptionalLong offerRowId) implements ReceiveOutcome {}

    /** A text whose id was already stored (sent again): its receipt is due again. */
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

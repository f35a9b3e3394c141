package app.pli.messenger.envelope;

import java.util.Objects;

/**
 * A text to a group, sent to each member in that member's own session (the relay sees one
 * more 1:1 envelope). The same text, with the same message id, send time and the sender's
 * sequence number in the group, goes to every member.
 *
 * @param groupId the group's 16-byte id
 * @param text the text, its id, send time and sequence
 */
public record GroupTextPayload(byte[] groupId, TextPayload text) implements Payload {
    /** The length of a group id. */
    public static final int GROUP_ID_BYTES = 16;

    public GroupTextPayload {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(text, "text");
        if (groupId.length != GROUP_ID_BYTES) {
            throw new IllegalArgumentException("a group id is " + GROUP_ID_BYTES + " bytes");
        }
        groupId = groupId.clone();
    }

    @Override
    public byte[] groupId() {
        return groupId.clone();
    }

    @Override
    public String toString() {
        return "GroupTextPayload[" + text + "]";
    }
}

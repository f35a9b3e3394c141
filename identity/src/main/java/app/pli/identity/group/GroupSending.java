package app.pli.identity.group;

import java.util.Objects;

/**
 * What a text to a group carries and whom it goes to: the group as it stands (its head's
 * members but this profile get the text) and this profile's send time and sequence number
 * in the group, both strictly increasing.
 */
public record GroupSending(GroupView group, long sentAt, long sequence) {
    public GroupSending {
        Objects.requireNonNull(group, "group");
        if (sequence < 1 || sentAt < 0) {
            throw new IllegalArgumentException("sequence starts at 1 and times are after 1970");
        }
    }
}

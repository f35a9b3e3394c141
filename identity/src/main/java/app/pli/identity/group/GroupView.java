package app.pli.identity.group;

import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group as this profile sees it now: where it stands, and the head of the chain of
 * signed versions every member converges on.
 *
 * @param rowId the local row id
 * @param status where this profile stands
 * @param invitedBy the contact who invited this profile (empty for a group it created)
 * @param head the current version: name, number, members
 * @param me this profile as a member of the head (empty once it left or was removed)
 */
public record GroupView(long rowId, GroupStatus status, Optional<Long> invitedBy, GroupVersion head,
        Optional<GroupMember> me) {
    public GroupView {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(invitedBy, "invitedBy");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(me, "me");
    }

    /** The group id as shown: 32 hex digits. */
    public String id() {
        return HexFormat.of().formatHex(head.groupId());
    }

    public String name() {
        return head.name();
    }

    public List<GroupMember> members() {
        return head.members();
    }

    /** Whether this profile may change the group. */
    public boolean admin() {
        return me.map(GroupMember::admin).orElse(false);
    }
}

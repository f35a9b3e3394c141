package app.pli.identity.group;

import app.pli.identity.keys.IdentityPublicKeys;
import java.util.Objects;

/**
 * One member of a group as its state says: the identity keys, the name the admin who
 * added it gave, and its role.
 */
public record GroupMember(IdentityPublicKeys keys, String name, GroupRole role) {
    public GroupMember {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public boolean admin() {
        return role == GroupRole.ADMIN;
    }

    /** This member in another role. */
    public GroupMember withRole(GroupRole newRole) {
        return new GroupMember(keys, name, newRole);
    }
}

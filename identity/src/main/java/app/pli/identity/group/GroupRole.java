package app.pli.identity.group;

import java.util.Optional;

/** What a member may do in a group. Each role has a stable external name and storage code; neither may change. */
public enum GroupRole {
    /** May change the group: add, remove, promote, rename. */
    ADMIN("admin", 1),
    /** Reads and writes; may only leave. */
    MEMBER("member", 2);

    private final String externalName;
    private final byte code;

    GroupRole(String externalName, int code) {
        this.externalName = externalName;
        this.code = (byte) code;
    }

    /** {@code admin} or {@code member}. */
    public String externalName() {
        return externalName;
    }

    byte code() {
        return code;
    }

    static Optional<GroupRole> fromCode(byte code) {
        for (GroupRole role : values()) {
            if (role.code == code) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}

package app.pli.cli.group;

import app.pli.messenger.api.GroupInfo;

/**
 * A group as {@code pli group list} and the answering commands print it: JSON {@code id},
 * {@code name}, {@code state} ({@code invited}, {@code member}, {@code left}, {@code removed}),
 * {@code role} ({@code admin}, {@code member}) and {@code members} (a count).
 */
public record GroupView(String id, String name, String state, String role, int members) {
    public static GroupView of(GroupInfo info) {
        return new GroupView(info.id(), info.name(), info.state(), info.role(), info.members());
    }

    /** One line for people. */
    public String line() {
        return name + "  (" + id.substring(0, 8) + ")  " + state + ", " + role + ", " + members
                + (members == 1 ? " member" : " members");
    }
}

package app.pli.messenger.api;

import java.util.Objects;

/**
 * One group as a list shows it.
 *
 * @param id the group id, 32 lowercase hex digits
 * @param name its name
 * @param state {@code invited}, {@code member}, {@code left} or {@code removed}
 * @param role {@code admin} or {@code member} (this profile's role in the group's current state)
 * @param members how many members the current state lists
 */
public record GroupInfo(String id, String name, String state, String role, int members) {
    public GroupInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(role, "role");
    }
}

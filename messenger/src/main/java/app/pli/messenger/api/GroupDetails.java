package app.pli.messenger.api;

import java.util.List;
import java.util.Objects;

/**
 * One group in full: its list entry, the version number of its current state, and its members.
 *
 * @param group the group as a list shows it
 * @param version the number of the current state (1 at creation, one more per change)
 * @param members every member, in the order the state lists them
 */
public record GroupDetails(GroupInfo group, long version, List<Member> members) {
    /**
     * One member.
     *
     * @param name the name the admin who added it gave
     * @param role {@code admin} or {@code member}
     * @param trust {@code me} for this profile; else how far its keys are trusted here
     *     ({@code verified}, {@code introduced}, ...), {@code pending} while the group's
     *     introduction to it is under way
     */
    public record Member(String name, String role, String trust) {
        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(trust, "trust");
        }
    }

    public GroupDetails {
        Objects.requireNonNull(group, "group");
        members = List.copyOf(members);
    }
}

package app.pli.cli.group;

import app.pli.messenger.api.GroupDetails;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A group as {@code pli group show} prints it: JSON {@code id}, {@code name}, {@code version},
 * {@code state}, {@code role} and {@code members}, an array of {@code name}, {@code role}
 * ({@code admin}, {@code member}) and {@code trust} ({@code me}, or how far this profile trusts
 * the member's keys: {@code verified}, {@code introduced}, ..., {@code pending} while the
 * group's introduction to it is under way).
 */
public record GroupDetailsView(String id, String name, long version, String state, String role, List<Member> members) {
    /** One member. */
    public record Member(String name, String role, String trust) {}

    public static GroupDetailsView of(GroupDetails details) {
        return new GroupDetailsView(details.group().id(), details.group().name(), details.version(),
                details.group().state(), details.group().role(), details.members().stream()
                        .map(m -> new Member(m.name(), m.role(), m.trust())).toList());
    }

    /** The group and one line per member, for people. */
    public String text() {
        return name + "  (" + id + ")  version " + version + ", " + state + ", you are " + (role.equals("admin")
                ? "an admin" : "a member") + System.lineSeparator() + members.stream()
                        .map(m -> "  " + m.name() + "  " + m.role() + ", " + m.trust())
                        .collect(Collectors.joining(System.lineSeparator()));
    }
}

package app.pli.identity.group;

import app.pli.identity.keys.IdentityPublicKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A change this profile made: the group as it stands now, the new version to hand to the
 * others, who must get it (every member of the previous and the new version but this
 * profile: a removed member learns it was removed), and the members it added (whom this
 * profile, their admin, introduces to the others).
 */
public record GroupChange(GroupView group, GroupVersion version, List<IdentityPublicKeys> recipients,
        List<GroupMember> added) {
    public GroupChange {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(version, "version");
        recipients = List.copyOf(recipients);
        added = List.copyOf(added);
    }

    /**
     * The pairs of members who must meet through this change: each added member with every
     * other member of the new version but the author, each pair once.
     */
    public List<List<GroupMember>> introductions() {
        List<List<GroupMember>> pairs = new ArrayList<>();
        List<GroupMember> others = version.members().stream()
                .filter(m -> !m.keys().signing().equals(version.author())).toList();
        for (GroupMember newcomer : added) {
            for (GroupMember other : others) {
                boolean otherAddedEarlier = added.indexOf(other) >= 0 && added.indexOf(other) < added.indexOf(newcomer);
                if (!other.keys().equals(newcomer.keys()) && !otherAddedEarlier) {
                    pairs.add(List.of(newcomer, other));
                }
            }
        }
        return pairs;
    }
}

package app.pli.messenger.group;

import app.pli.identity.contact.Contact;
import app.pli.identity.group.GroupMember;
import app.pli.identity.group.GroupView;
import app.pli.messenger.api.GroupDetails;
import app.pli.messenger.api.GroupInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Groups as the API shows them. */
final class GroupViews {
    private GroupViews() {}

    static GroupInfo info(GroupView group) {
        return new GroupInfo(group.id(), group.name(), group.status().externalName(),
                group.admin() ? "admin" : "member", group.members().size());
    }

    /**
     * The group with each member's trust here: {@code me}, the trust of the contact with its
     * keys (a visible contact before one known only through the group), or {@code pending}.
     */
    static GroupDetails details(GroupView group, List<Contact> contacts, Set<Long> groupOnly) {
        List<GroupDetails.Member> members = new ArrayList<>();
        for (GroupMember member : group.members()) {
            String trust;
            if (group.me().map(me -> me.keys().equals(member.keys())).orElse(false)) {
                trust = "me";
            } else {
                Optional<Contact> contact = contacts.stream().filter(c -> member.keys().equals(c.keys()))
                        .min((a, b) -> Boolean.compare(groupOnly.contains(a.id()), groupOnly.contains(b.id())));
                trust = contact.map(c -> c.state().externalName()).orElse("pending");
            }
            members.add(new GroupDetails.Member(member.name(), member.role().externalName(), trust));
        }
        return new GroupDetails(info(group), group.head().number(), members);
    }
}

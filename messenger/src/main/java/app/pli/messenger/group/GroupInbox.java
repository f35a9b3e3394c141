package app.pli.messenger.group;

import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.group.GroupStatus;
import app.pli.identity.group.GroupVersionCodec;
import app.pli.identity.group.GroupView;
import app.pli.identity.group.Groups;
import app.pli.messenger.conversation.IncomingGroups;
import app.pli.messenger.envelope.GroupStatePayload;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes what group members send inside their sessions. A text is shown when its sender is a
 * member of the group's head here; held while the group or the sender's membership is not
 * known yet (the version that adds it may still be on its way, or this side was offline);
 * refused once this side left or was removed. A version goes to identity's {@link Groups},
 * which checks it against the chain.
 */
public final class GroupInbox implements IncomingGroups {
    private final Groups groups;
    private final ContactStore contacts;

    public GroupInbox(Groups groups, ContactStore contacts) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    @Override
    public Placement place(Connection c, long contactId, byte[] groupId) throws SQLException, PliException {
        Optional<GroupView> group = groups.byId(c, groupId);
        if (group.isEmpty()) {
            return new Placement.Hold();
        }
        GroupStatus status = group.get().status();
        if (status == GroupStatus.LEFT || status == GroupStatus.REMOVED) {
            return new Placement.Refuse("a text to a group this profile is no longer in");
        }
        Optional<Contact> sender = contacts.find(c, contactId).filter(found -> found.keys() != null);
        if (sender.isPresent() && group.get().head().member(sender.get().keys()).isPresent()) {
            return new Placement.Show(group.get().rowId());
        }
        return new Placement.Hold();
    }

    @Override
    public boolean state(Connection c, long contactId, GroupStatePayload state) throws SQLException, PliException {
        return groups.receive(c, contactId, GroupVersionCodec.decode(state.version())) != Groups.Received.KEPT;
    }

    @Override
    public Optional<byte[]> groupId(Connection c, long groupRow) throws SQLException, PliException {
        return groups.view(c, groupRow).map(view -> view.head().groupId());
    }
}

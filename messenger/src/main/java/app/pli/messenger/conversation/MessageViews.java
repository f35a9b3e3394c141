package app.pli.messenger.conversation;

import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.group.GroupMember;
import app.pli.identity.group.GroupView;
import app.pli.identity.group.Groups;
import app.pli.messenger.api.MessageInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns stored messages into the API's {@link MessageInfo}, naming each contact by its
 * current name, and a group text's sender by its name in the group, with the group's name.
 */
public final class MessageViews {
    private final Database database;
    private final ContactStore contacts;
    private final Groups groups;

    public MessageViews(Database database, ContactStore contacts, Groups groups) {
        this.database = Objects.requireNonNull(database, "database");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    /** The views of {@code messages}, in the same order. */
    public List<MessageInfo> of(List<StoredMessage> messages) throws PliException {
        if (messages.isEmpty()) {
            return List.of();
        }
        Map<Long, Contact> byId = new HashMap<>();
        for (Contact contact : contacts.list()) {
            byId.put(contact.id(), contact);
        }
        Map<Long, Optional<GroupView>> groupsByRow = new HashMap<>();
        List<MessageInfo> views = new ArrayList<>(messages.size());
        for (StoredMessage message : messages) {
            Contact contact = byId.get(message.contactId());
            String name = contact == null ? "(removed contact)" : contact.name();
            if (!message.inGroup()) {
                views.add(view(message, name));
                continue;
            }
            Optional<GroupView> group = groupsByRow.get(message.groupRow());
            if (group == null) {
                group = database.read(c -> groups.view(c, message.groupRow()));
                groupsByRow.put(message.groupRow(), group);
            }
            String groupName = group.map(GroupView::name).orElse("(removed group)");
            String sender = message.outgoing() ? groupName : group.flatMap(g -> contact == null || contact.keys() == null
                    ? Optional.<GroupMember>empty() : g.head().member(contact.keys())).map(GroupMember::name).orElse(name);
            views.add(new MessageInfo(message.hexId(), sender, message.outgoing(), message.text(), message.sentAt(),
                    message.status().externalName(), Optional.of(groupName), List.of()));
        }
        return views;
    }

    /** The view of one 1:1 message whose contact is named {@code contactName}. */
    public static MessageInfo view(StoredMessage message, String contactName) {
        return new MessageInfo(message.hexId(), contactName, message.outgoing(), message.text(), message.sentAt(),
                message.status().externalName());
    }
}

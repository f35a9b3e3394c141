package app.pli.messenger.conversation;

import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactStore;
import app.pli.messenger.api.MessageInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Turns stored messages into the API's {@link MessageInfo}, naming each contact by its current name. */
public final class MessageViews {
    private final ContactStore contacts;

    public MessageViews(ContactStore contacts) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    /** The views of {@code messages}, in the same order. */
    public List<MessageInfo> of(List<StoredMessage> messages) throws PliException {
        if (messages.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        for (Contact contact : contacts.list()) {
            names.put(contact.id(), contact.name());
        }
        return messages.stream().map(m -> view(m, names.getOrDefault(m.contactId(), "(removed contact)"))).toList();
    }

    /** The view of one message whose contact is named {@code contactName}. */
    public static MessageInfo view(StoredMessage message, String contactName) {
        return new MessageInfo(message.hexId(), contactName, message.outgoing(), message.text(), message.sentAt(),
                message.status().externalName());
    }
}

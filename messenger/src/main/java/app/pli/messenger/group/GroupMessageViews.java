package app.pli.messenger.group;

import app.pli.identity.contact.Contact;
import app.pli.identity.group.GroupMember;
import app.pli.identity.group.GroupView;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.conversation.Conversations.GroupConversation;
import app.pli.messenger.conversation.GroupFanOut;
import app.pli.messenger.conversation.MessageStatus;
import app.pli.messenger.conversation.StoredMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a group's stored copies into the API's messages: an incoming text named after its
 * sender's name in the group; a text this profile sent once, with each member's status
 * (in the order the group lists them; a member still without a session with this side:
 * {@code queued}) and, as its status,
 * the least advanced among the group's current members.
 */
final class GroupMessageViews {
    private GroupMessageViews() {}

    /** The messages of {@code group}, oldest first (by send time, mine after theirs at a tie, then sequence). */
    static List<MessageInfo> of(GroupView group, GroupConversation conversation, List<Contact> contacts) {
        Map<Long, Contact> byId = new LinkedHashMap<>();
        contacts.forEach(contact -> byId.put(contact.id(), contact));
        List<Line> lines = new ArrayList<>();
        Map<String, Outgoing> outgoing = new LinkedHashMap<>();
        for (StoredMessage message : conversation.stored()) {
            Contact contact = byId.get(message.contactId());
            Optional<GroupMember> member = contact == null || contact.keys() == null ? Optional.empty()
                    : group.head().member(contact.keys());
            String name = member.map(GroupMember::name).orElse(contact == null ? "(removed contact)" : contact.name());
            if (!message.outgoing()) {
                lines.add(new Line(message.sentAt(), false, message.sequence(), new MessageInfo(message.hexId(), name,
                        false, message.text(), message.sentAt(), MessageStatus.RECEIVED.externalName(),
                        Optional.of(group.name()), List.of())));
                continue;
            }
            outgoing.computeIfAbsent(message.hexId(), id -> new Outgoing(message.hexId(), message.text(),
                    message.sentAt(), message.sequence())).add(name, message.status(), member.isPresent());
        }
        for (GroupFanOut.PendingText pending : conversation.pending()) {
            StoredMessage text = new StoredMessage(0, pending.text().text().messageId(), true, MessageStatus.QUEUED,
                    Instant.ofEpochMilli(pending.text().text().sentAt()), pending.text().text().sequence(),
                    pending.text().text().text(), group.rowId());
            Optional<GroupMember> member = group.members().stream()
                    .filter(m -> Arrays.equals(m.keys().signing().bytes(), pending.memberSigning())).findFirst();
            outgoing.computeIfAbsent(text.hexId(), id -> new Outgoing(text.hexId(), text.text(), text.sentAt(),
                    text.sequence())).add(member.map(GroupMember::name).orElse("(former member)"),
                    MessageStatus.QUEUED, member.isPresent());
        }
        List<String> order = group.members().stream().map(GroupMember::name).toList();
        for (Outgoing message : outgoing.values()) {
            message.deliveries.sort(Comparator.comparingInt(d -> order.contains(d.member()) ? order.indexOf(d.member())
                    : order.size()));
            lines.add(new Line(message.sentAt, true, message.sequence, message.view(group.name())));
        }
        lines.sort(Comparator.comparing(Line::sentAt).thenComparing(Line::outgoing).thenComparingLong(Line::sequence));
        return lines.stream().map(Line::message).toList();
    }

    private record Line(Instant sentAt, boolean outgoing, long sequence, MessageInfo message) {}

    /** The copies of one text this profile sent. */
    private static final class Outgoing {
        final String id;
        final String text;
        final Instant sentAt;
        final long sequence;
        final List<MessageInfo.Delivery> deliveries = new ArrayList<>();
        MessageStatus least;
        MessageStatus leastOfAll;

        Outgoing(String id, String text, Instant sentAt, long sequence) {
            this.id = id;
            this.text = text;
            this.sentAt = sentAt;
            this.sequence = sequence;
        }

        void add(String member, MessageStatus status, boolean current) {
            deliveries.add(new MessageInfo.Delivery(member, status.externalName()));
            if (current && (least == null || status.compareTo(least) < 0)) {
                least = status;
            }
            if (leastOfAll == null || status.compareTo(leastOfAll) < 0) {
                leastOfAll = status;
            }
        }

        MessageInfo view(String groupName) {
            MessageStatus status = least != null ? least : leastOfAll;
            return new MessageInfo(id, groupName, true, text, sentAt, status.externalName(), Optional.of(groupName),
                    deliveries);
        }
    }
}

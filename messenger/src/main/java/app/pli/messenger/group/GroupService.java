package app.pli.messenger.group;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.group.GroupException;
import app.pli.identity.group.GroupMember;
import app.pli.identity.group.GroupSending;
import app.pli.identity.group.GroupStatus;
import app.pli.identity.group.GroupView;
import app.pli.identity.group.Groups;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.GroupDetails;
import app.pli.messenger.api.GroupInfo;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.MessengerGroups;
import app.pli.messenger.conversation.Conversations;
import app.pli.messenger.conversation.MessageSender;
import app.pli.messenger.envelope.FileRef;
import app.pli.messenger.envelope.GroupTextPayload;
import app.pli.messenger.envelope.TextPayload;
import app.pli.messenger.intro.ContactViews;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The groups of one open profile behind the API: each step runs identity's {@link Groups}
 * (whose changes {@link GroupChangeQueue} queues in the same transaction), then hands what
 * was queued over at once if it can ({@link Handover}); a text is recorded and fanned out to
 * every other member of the group's head in one transaction.
 */
public final class GroupService implements MessengerGroups {
    /** Hands over what was just queued, bounded in time; what cannot go now waits for the daemon or a sync. */
    @FunctionalInterface
    public interface Handover {
        void now() throws PliException;
    }

    private final Database database;
    private final Groups groups;
    private final ContactStore contacts;
    private final Conversations conversations;
    private final GroupSync sync;
    private final ContactViews contactViews;
    private final Handover handover;
    private final Clock clock;
    private volatile Attachments attachments = message -> message;

    /** Adds to a message view the files it carries (the file layer's part). */
    @FunctionalInterface
    public interface Attachments {
        MessageInfo attach(MessageInfo message) throws PliException;
    }

    GroupService(Database database, Groups groups, ContactStore contacts, Conversations conversations, GroupSync sync,
            ContactViews contactViews, Handover handover, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.contactViews = Objects.requireNonNull(contactViews, "contactViews");
        this.handover = Objects.requireNonNull(handover, "handover");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public GroupInfo create(String name) throws PliException {
        return GroupViews.info(groups.create(Objects.requireNonNull(name, "name")));
    }

    @Override
    public List<GroupInfo> list() throws PliException {
        return groups.list().stream().map(GroupViews::info).toList();
    }

    @Override
    public GroupDetails show(String group) throws PliException {
        return details(groups.find(group));
    }

    @Override
    public GroupDetails add(String group, List<String> contactNames) throws PliException {
        GroupDetails details = details(groups.add(group, contactNames).group());
        sync.run(); // introduces the new members to the others now, where sessions allow
        handOver();
        return details;
    }

    @Override
    public GroupDetails remove(String group, String member) throws PliException {
        GroupDetails details = details(groups.remove(group, member).group());
        handOver();
        return details;
    }

    @Override
    public GroupDetails promote(String group, String member) throws PliException {
        GroupDetails details = details(groups.promote(group, member).group());
        handOver();
        return details;
    }

    @Override
    public GroupDetails rename(String group, String newName) throws PliException {
        GroupDetails details = details(groups.rename(group, Objects.requireNonNull(newName, "newName")).group());
        handOver();
        return details;
    }

    @Override
    public GroupInfo leave(String group) throws PliException {
        GroupInfo info = GroupViews.info(groups.leave(group).group());
        handOver();
        return info;
    }

    @Override
    public GroupInfo accept(String group) throws PliException {
        GroupInfo info = GroupViews.info(groups.accept(group));
        // The introductions to the other members waited for this answer.
        sync.run();
        handOver();
        return info;
    }

    @Override
    public GroupInfo decline(String group) throws PliException {
        GroupView found = groups.find(group);
        if (found.status() != GroupStatus.INVITED) {
            throw new GroupException("you are not invited to this group (or answered already); to go, leave it");
        }
        return leave(group);
    }

    @Override
    public MessageInfo send(String group, String text) throws PliException {
        Sent sent = fanOut(group, text);
        handOver();
        return view(sent);
    }

    /** Records and fans out a text like {@link #send}, without handing it over (an online session's loop does). */
    public MessageInfo queue(String group, String text) throws PliException {
        return view(fanOut(group, text));
    }

    private Sent fanOut(String group, String text) throws PliException {
        MessageSender.checkText(text);
        return database.write(c -> queueIn(c, writableRow(c, group), CryptoRandom.bytes(TextPayload.MESSAGE_ID_BYTES),
                text, List.of()));
    }

    /**
     * The row of the group {@code group} (name or id prefix), which has members to write to.
     *
     * @throws GroupException if there is no such group, or this profile is its only member
     */
    public long writableRow(Connection c, String group) throws SQLException, PliException {
        GroupView found = groups.find(c, group);
        if (found.status() != GroupStatus.MEMBER) {
            throw new GroupException(found.status() == GroupStatus.INVITED ? "accept the invitation to this group first"
                    : "you are no longer in this group");
        }
        if (others(found).isEmpty()) {
            throw new GroupException("you are the only member of \"" + found.name() + "\"; add members first");
        }
        return found.rowId();
    }

    /**
     * Records the text {@code messageId} (with its files) to every other member of the group of
     * row {@code groupRow} and fans it out, in the caller's transaction.
     */
    public Sent queueIn(Connection c, long groupRow, byte[] messageId, String text, List<FileRef> files)
            throws SQLException, PliException {
        GroupSending sending = groups.sending(c, groupRow, clock.millis());
        GroupView found = sending.group();
        List<IdentityPublicKeys> others = others(found);
        if (others.isEmpty()) {
            throw new GroupException("you are the only member of \"" + found.name() + "\"; add members first");
        }
        TextPayload payload = new TextPayload(messageId, sending.sentAt(), sending.sequence(), text, files);
        conversations.fanOut().queue(c, groupRow, new GroupTextPayload(found.head().groupId(), payload), others);
        return new Sent(groupRow, HexFormat.of().formatHex(payload.messageId()));
    }

    private static List<IdentityPublicKeys> others(GroupView group) {
        return group.members().stream()
                .filter(m -> !group.me().map(me -> me.keys().equals(m.keys())).orElse(false))
                .map(GroupMember::keys).toList();
    }

    private MessageInfo view(Sent sent) throws PliException {
        return messages(sent.groupRow()).stream().filter(m -> m.id().equals(sent.id())).findFirst()
                .orElseThrow(() -> new GroupException("the message was sent but the group is gone"));
    }

    /** A text just fanned out: its group and id. */
    public record Sent(long groupRow, String id) {}

    /** Shows the files messages carry through {@code attached} from now on. */
    public void showFiles(Attachments attached) {
        this.attachments = Objects.requireNonNull(attached, "attached");
    }

    @Override
    public List<MessageInfo> messages(String group, int limit) throws PliException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        List<MessageInfo> all = messages(groups.find(group).rowId());
        List<MessageInfo> shown = new ArrayList<>();
        for (MessageInfo message : all.subList(Math.max(0, all.size() - limit), all.size())) {
            shown.add(attachments.attach(message));
        }
        return shown;
    }

    /** Every message of the group of row {@code groupRow}, oldest first. */
    List<MessageInfo> messages(long groupRow) throws PliException {
        GroupView view = groups.view(groupRow);
        return GroupMessageViews.of(view, conversations.groupConversation(groupRow), contacts.list());
    }

    @Override
    public ContactInfo addContact(String group, String member, Optional<String> name) throws PliException {
        Objects.requireNonNull(name, "name");
        return contactViews.of(groups.showContact(group, member, name));
    }

    private GroupDetails details(GroupView view) throws PliException {
        return GroupViews.details(view, contacts.list(), groups.groupOnlyContacts());
    }

    private void handOver() throws PliException {
        handover.now();
    }
}

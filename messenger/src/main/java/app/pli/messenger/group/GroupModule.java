package app.pli.messenger.group;

import app.pli.core.db.Database;
import app.pli.core.db.SchemaOwner;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.group.Groups;
import app.pli.identity.offer.Offers;
import app.pli.messenger.conversation.Conversations;
import app.pli.messenger.conversation.IncomingGroups;
import app.pli.messenger.intro.ContactViews;
import app.pli.messenger.offer.OfferFlow;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The groups of one open profile, wired in two steps because groups and conversations need
 * each other: constructed first (identity's {@link Groups}, whose changes go through the
 * conversations' fan-out, and the {@link IncomingGroups} the conversations receive with),
 * then {@link #connect}ed once the conversations and offers exist.
 */
public final class GroupModule {
    private final Database database;
    private final ContactStore contacts;
    private final PendingIntroductions introductions;
    private final Groups groups;
    private final GroupInbox inbox;
    private Conversations conversations;
    private GroupSync sync;
    private GroupService service;

    public GroupModule(Database database, ColumnCipher cipher, ContactStore contacts) {
        this.database = Objects.requireNonNull(database, "database");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.introductions = new PendingIntroductions(cipher);
        this.groups = new Groups(database, cipher, new GroupChangeQueue(() -> connected().fanOut(), introductions));
        this.inbox = new GroupInbox(groups, contacts);
    }

    /** The tables the messenger's part of groups needs; they migrate after identity's. */
    public static List<SchemaOwner> schemaOwners() {
        return List.of(new GroupIntroductionSchema());
    }

    public Groups groups() {
        return groups;
    }

    public IncomingGroups inbox() {
        return inbox;
    }

    /** Completes the wiring; call once, before any group step. */
    public void connect(Conversations conversations, Offers offers, OfferFlow offerFlow, ContactViews contactViews,
            GroupService.Handover handover, Clock clock) {
        if (this.conversations != null) {
            throw new IllegalStateException("connected already");
        }
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.sync = new GroupSync(database, groups, offers, offerFlow, conversations, contacts, introductions);
        this.service = new GroupService(database, groups, contacts, conversations, sync, contactViews, handover, clock);
    }

    public GroupSync sync() {
        connected();
        return sync;
    }

    public GroupService service() {
        connected();
        return service;
    }

    private Conversations connected() {
        if (conversations == null) {
            throw new IllegalStateException("the groups are not connected to the conversations yet");
        }
        return conversations;
    }
}

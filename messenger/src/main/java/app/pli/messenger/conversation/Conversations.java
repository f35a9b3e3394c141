package app.pli.messenger.conversation;

import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactNotFoundException;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.intro.Introductions;
import app.pli.identity.offer.Offers;
import app.pli.identity.profile.ProfileStore;
import app.pli.messenger.mailbox.MailboxStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The conversation layer of one open profile: it wires the stores together and offers what
 * delivery and the Messenger API need. Thread-safe: every operation is its own transaction.
 */
public final class Conversations {
    private final Database database;
    private final ContactStore contacts;
    private final SessionStore sessions;
    private final MessageStore messages;
    private final OutboxStore outbox;
    private final SessionStarter starter;
    private final MessageSender sender;
    private final MessageReceiver receiver;
    private final ReceiptRequests receiptRequests;
    private final GroupFanOut fanOut;

    /**
     * @param receiptPatience how long a text may stay without a receipt before the contact is
     *     asked about it ({@link ReceiptRequests})
     * @param agreedOffers the offers whose agreed keys start sessions
     * @param offers takes the offers contacts send
     * @param groups places group texts and takes group versions
     * @param files keeps the files texts carry
     */
    public Conversations(Database database, ColumnCipher cipher, ContactStore contacts, Introductions introductions,
            Offers agreedOffers, ProfileStore profiles, MailboxStore mailboxes, Clock clock, Duration receiptPatience,
            IncomingOffers offers, IncomingGroups groups, IncomingFiles files) {
        this.database = Objects.requireNonNull(database, "database");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.sessions = new SessionStore(cipher);
        this.messages = new MessageStore(cipher);
        this.outbox = new OutboxStore(cipher);
        EnvelopeQueue envelopes = new EnvelopeQueue(sessions, outbox, clock);
        this.starter = new SessionStarter(database, introductions, agreedOffers, profiles, mailboxes, sessions);
        this.sender = new MessageSender(database, contacts, sessions, messages, envelopes, clock);
        this.receiptRequests = new ReceiptRequests(database, contacts, sessions, messages,
                new ReceiptSchedule(cipher), envelopes, clock, receiptPatience);
        this.receiver = new MessageReceiver(database, sessions, messages, new FragmentStore(cipher), outbox, envelopes,
                receiptRequests, offers, groups, new HeldTexts(cipher), files, clock);
        this.fanOut = new GroupFanOut(database, contacts, sessions, messages, envelopes, new PendingCopies(cipher));
    }

    public SessionStarter starter() {
        return starter;
    }

    public MessageSender sender() {
        return sender;
    }

    public MessageReceiver receiver() {
        return receiver;
    }

    public ReceiptRequests receiptRequests() {
        return receiptRequests;
    }

    public GroupFanOut fanOut() {
        return fanOut;
    }

    /**
     * The group of row {@code groupRow}'s conversation: every stored copy (see
     * {@link MessageStore#groupConversation}) and the texts still waiting for a member's
     * session, read together.
     */
    public GroupConversation groupConversation(long groupRow) throws PliException {
        return database.read(c -> new GroupConversation(messages.groupConversation(c, groupRow),
                fanOut.pendingTexts(c, groupRow)));
    }

    /** A group's stored messages and the texts waiting for members' sessions. */
    public record GroupConversation(List<StoredMessage> stored, List<GroupFanOut.PendingText> pending) {
        public GroupConversation {
            stored = List.copyOf(stored);
            pending = List.copyOf(pending);
        }
    }

    /** Every session. */
    public List<SessionRecord> sessions() throws PliException {
        return database.read(sessions::all);
    }

    /** The sessions with the contacts of ids {@code contactIds} that have one (each row opened is costly). */
    public List<SessionRecord> sessions(Collection<Long> contactIds) throws PliException {
        return database.read(c -> {
            List<SessionRecord> found = new ArrayList<>();
            for (long contactId : new LinkedHashSet<>(contactIds)) {
                sessions.find(c, contactId).ifPresent(found::add);
            }
            return found;
        });
    }

    /** The X25519 identity key of every contact with a session: whom a LAN node accepts and looks for. */
    public Map<Long, X25519PublicKey> sessionPeers() throws PliException {
        return database.read(c -> {
            Map<Long, X25519PublicKey> peers = new HashMap<>();
            for (SessionRecord session : sessions.all(c)) {
                contacts.find(c, session.contactId()).filter(contact -> contact.keys() != null)
                        .ifPresent(contact -> peers.put(contact.id(), contact.keys().agreement()));
            }
            return peers;
        });
    }

    /** Every envelope waiting to be handed over, oldest first. */
    public List<OutboxEntry> outbox() throws PliException {
        return database.read(outbox::all);
    }

    /** Whether the outbox is empty (cheap). */
    public boolean outboxEmpty() throws PliException {
        return database.read(outbox::isEmpty);
    }

    /** A number that grows whenever any process queues an envelope. */
    public long outboxMark() throws PliException {
        return database.read(outbox::mark);
    }

    /** Records that {@code entry} is durable on a relay (or handed over on a direct link). */
    public void handedOver(OutboxEntry entry) throws PliException {
        handedOver(List.of(entry));
    }

    /** Records, in one transaction, that {@code entries} are durable on a relay or handed over. */
    public void handedOver(List<OutboxEntry> entries) throws PliException {
        if (entries.isEmpty()) {
            return;
        }
        database.write(c -> {
            for (OutboxEntry entry : entries) {
                outbox.remove(c, entry.id());
                if (entry.messageId().isPresent()
                        && messages.advance(c, entry.contactId(), entry.messageId().get(), MessageStatus.SENT) == 1) {
                    receiptRequests.textSent(c, entry.contactId());
                }
            }
            return null;
        });
    }

    /** Records that the relay confirmed the contact's inbox lock. */
    public void inboxLocked(long contactId) throws PliException {
        database.write(c -> {
            sessions.setLock(c, contactId, InboxLock.LOCKED);
            return null;
        });
    }

    /** {@code message} (one this side sent) with its status as stored now. */
    public StoredMessage refreshed(StoredMessage message) throws PliException {
        return database.read(c -> messages.outgoingStatus(c, message.contactId(), message.messageId()))
                .map(message::withStatus).orElse(message);
    }

    /** The last {@code limit} messages with the contact named {@code contactName}, oldest first. */
    public List<StoredMessage> conversation(String contactName, int limit) throws PliException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return database.read(c -> {
            Contact contact = contacts.findByName(c, contactName)
                    .orElseThrow(() -> new ContactNotFoundException("no contact has that name"));
            List<StoredMessage> all = messages.conversation(c, contact.id());
            return all.subList(Math.max(0, all.size() - limit), all.size());
        });
    }
}

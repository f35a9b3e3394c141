package app.pli.messenger.conversation;

import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.messenger.envelope.GroupTextPayload;
import app.pli.messenger.envelope.Payload;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends a group's payloads member by member, each inside the pairwise session with that
 * member, so a relay sees only 1:1 envelopes. A text is also recorded once per member (its
 * copy carries that member's status and receipt). A member this side has no session with
 * yet (the group's introduction is still under way) gets the payload later: it waits,
 * sealed, and {@link #flushPending} hands it over once the session exists.
 */
public final class GroupFanOut {
    private final Database database;
    private final ContactStore contacts;
    private final SessionStore sessions;
    private final MessageStore messages;
    private final EnvelopeQueue envelopes;
    private final PendingCopies pending;

    GroupFanOut(Database database, ContactStore contacts, SessionStore sessions, MessageStore messages,
            EnvelopeQueue envelopes, PendingCopies pending) {
        this.database = Objects.requireNonNull(database, "database");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.envelopes = Objects.requireNonNull(envelopes, "envelopes");
        this.pending = Objects.requireNonNull(pending, "pending");
    }

    /**
     * Queues {@code payload} of the group of row {@code groupRow} for each of {@code members},
     * in the caller's transaction. A {@link GroupTextPayload} is recorded as sent to each.
     */
    public void queue(Connection c, long groupRow, Payload payload, List<IdentityPublicKeys> members)
            throws SQLException, PliException {
        List<Contact> all = contacts.list(c);
        for (IdentityPublicKeys member : members) {
            Optional<SessionRecord> session = sessionWith(c, all, member.signing().bytes());
            if (session.isPresent()) {
                hand(c, groupRow, session.get(), payload);
            } else {
                pending.add(c, groupRow, member.signing().bytes(), payload);
            }
        }
    }

    /** Hands every waiting payload whose member now has a session to it; how many. */
    public int flushPending() throws PliException {
        if (database.read(pending::count) == 0) {
            return 0;
        }
        return database.write(c -> {
            List<Contact> all = contacts.list(c);
            int handed = 0;
            for (PendingCopies.Pending waiting : pending.all(c, 0)) {
                Optional<SessionRecord> session = sessionWith(c, all, waiting.memberSigning());
                if (session.isPresent()) {
                    hand(c, waiting.groupRow(), session.get(), waiting.payload());
                    pending.delete(c, waiting.id());
                    handed++;
                }
            }
            return handed;
        });
    }

    /** The texts of the group of row {@code groupRow} still waiting for a member's session, one per member. */
    public List<PendingText> pendingTexts(Connection c, long groupRow) throws SQLException, PliException {
        List<PendingText> texts = new ArrayList<>();
        for (PendingCopies.Pending waiting : pending.all(c, groupRow)) {
            if (waiting.payload() instanceof GroupTextPayload text) {
                texts.add(new PendingText(waiting.memberSigning(), text));
            }
        }
        return texts;
    }

    /** A text waiting for the member whose signing key is {@code memberSigning}. */
    public record PendingText(byte[] memberSigning, GroupTextPayload text) {}

    private void hand(Connection c, long groupRow, SessionRecord session, Payload payload) throws SQLException {
        if (payload instanceof GroupTextPayload text) {
            messages.insertOutgoing(c, session.contactId(), groupRow, text.text());
            envelopes.enqueue(c, session, payload, text.text().messageId());
        } else {
            envelopes.enqueue(c, session, payload, null);
        }
    }

    /** The session with the contact whose signing key is {@code signing}, if any has one. */
    private Optional<SessionRecord> sessionWith(Connection c, List<Contact> all, byte[] signing)
            throws SQLException, PliException {
        for (Contact contact : all) {
            if (contact.keys() != null && Arrays.equals(contact.keys().signing().bytes(), signing)) {
                Optional<SessionRecord> session = sessions.find(c, contact.id());
                if (session.isPresent()) {
                    return session;
                }
            }
        }
        return Optional.empty();
    }
}

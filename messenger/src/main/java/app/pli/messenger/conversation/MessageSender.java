package app.pli.messenger.conversation;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.db.Database;
import app.pli.core.db.SqlWork;
import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactNotFoundException;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.TrustState;
import app.pli.messenger.envelope.FileRef;
import app.pli.messenger.envelope.Payload;
import app.pli.messenger.envelope.ReceiptPayload;
import app.pli.messenger.envelope.TextPayload;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts outgoing envelopes into the outbox. A text is encrypted once, when it is sent: the
 * message row, its outbox entry and the advanced ratchet are written in one transaction
 * before any network I/O, so a retry re-sends the very same blocks (which the relay stores
 * once) and a crash loses nothing. Receipts for received texts are queued the same way.
 */
public final class MessageSender {
    private final Database database;
    private final ContactStore contacts;
    private final SessionStore sessions;
    private final MessageStore messages;
    private final EnvelopeQueue envelopes;
    private final Clock clock;

    MessageSender(Database database, ContactStore contacts, SessionStore sessions, MessageStore messages,
            EnvelopeQueue envelopes, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.envelopes = Objects.requireNonNull(envelopes, "envelopes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records {@code text} for the contact named {@code contactName} and queues it.
     *
     * @throws InvalidTextException if the text is empty or longer than 64 KiB of UTF-8
     * @throws ContactNotFoundException if no contact has that name
     * @throws NoSessionException if the introduction with that contact has not agreed keys yet, or failed
     */
    public StoredMessage send(String contactName, String text) throws PliException {
        checkText(text);
        return database.write(c -> queueIn(c, sessionContact(c, contactName), CryptoRandom.bytes(
                TextPayload.MESSAGE_ID_BYTES), text, List.of()));
    }

    /**
     * The row id of the contact named {@code contactName}, who must have a session.
     *
     * @throws ContactNotFoundException if no contact has that name
     * @throws NoSessionException if the introduction with that contact has not agreed keys yet, or failed
     */
    public long sessionContact(Connection c, String contactName) throws SQLException, PliException {
        Contact contact = contacts.findByName(c, contactName)
                .orElseThrow(() -> new ContactNotFoundException("no contact has that name"));
        if (contact.state() == TrustState.FAILED) {
            throw new NoSessionException("the introduction with \"" + contact.name() + "\" failed (pli contacts"
                    + " says why); meet again with a new invitation");
        }
        if (sessions.find(c, contact.id()).isEmpty()) {
            throw new NoSessionException("the introduction with \"" + contact.name()
                    + "\" has not completed yet; run pli sync");
        }
        return contact.id();
    }

    /**
     * Records the text {@code messageId} (with its files) to the contact {@code contactId} and
     * queues it, in the caller's transaction.
     *
     * @throws NoSessionException if the contact has no session (any more)
     */
    public StoredMessage queueIn(Connection c, long contactId, byte[] messageId, String text, List<FileRef> files)
            throws SQLException, PliException {
        SessionRecord session = sessions.find(c, contactId).orElseThrow(() -> new NoSessionException(
                "the contact has no session any more"));
        SendCounters counters = session.counters().next(clock.millis());
        TextPayload payload = new TextPayload(messageId, counters.lastSentAt(), counters.lastSequence(), text, files);
        messages.insertOutgoing(c, contactId, 0, payload);
        envelopes.enqueue(c, session.withCounters(counters), payload, payload.messageId());
        return new StoredMessage(contactId, payload.messageId(), true, MessageStatus.QUEUED,
                Instant.ofEpochMilli(payload.sentAt()), payload.sequence(), text, 0);
    }

    /**
     * Refuses a text no message may carry.
     *
     * @throws InvalidTextException if it is empty or longer than 64 KiB of UTF-8
     */
    public static void checkText(String text) throws InvalidTextException {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new InvalidTextException("the message is empty");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > TextPayload.MAX_TEXT_BYTES) {
            throw new InvalidTextException("the message is " + bytes + " bytes long; the limit is "
                    + TextPayload.MAX_TEXT_BYTES + " bytes (64 KiB)");
        }
    }

    /**
     * Queues {@code payloads} (one per contact, each in that contact's session) and runs
     * {@code alsoInTransaction}, all in one transaction: an offer reaches both sides or
     * neither.
     *
     * @throws NoSessionException if a contact has no session
     */
    public void sendAll(Map<Long, Payload> payloads, SqlWork<Void> alsoInTransaction) throws PliException {
        database.write(c -> {
            for (Map.Entry<Long, Payload> entry : payloads.entrySet()) {
                SessionRecord session = sessions.find(c, entry.getKey()).orElseThrow(() -> new NoSessionException(
                        "a contact to write to has no session yet"));
                envelopes.enqueue(c, session, entry.getValue(), null);
            }
            return alsoInTransaction.run(c);
        });
    }

    /** Queues one receipt per contact for the texts received since the last one; how many it queued. */
    public int queueReceipts() throws PliException {
        List<Long> due = database.read(messages::contactsWithReceiptsDue);
        int queued = 0;
        for (long contactId : due) {
            queued += database.write(c -> {
                List<byte[]> ids = messages.receiptsDue(c, contactId, ReceiptPayload.MAX_IDS);
                Optional<SessionRecord> session = sessions.find(c, contactId);
                if (ids.isEmpty() || session.isEmpty()) {
                    return 0;
                }
                envelopes.enqueue(c, session.get(), new ReceiptPayload(ids), null);
                messages.receiptsQueued(c, contactId, ids);
                return 1;
            });
        }
        return queued;
    }
}

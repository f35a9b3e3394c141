package app.pli.messenger.conversation;

import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.TrustState;
import app.pli.messenger.envelope.ReceiptPayload;
import app.pli.messenger.envelope.ReceiptRequestPayload;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sender's side of lost-receipt recovery. A text stays {@link MessageStatus#SENT} until
 * the contact's receipt comes; a relay may lose the receipt, or the text itself. When texts
 * to a contact stay without a receipt for the receipt patience, this side asks the contact
 * which of them it has ({@link ReceiptRequestPayload}); the contact answers with a receipt
 * naming each as stored or missing, and a missing text is sent again (same id, time and
 * sequence, a fresh ratchet message), so the contact stores it once and answers with its
 * receipt.
 *
 * <p>Per contact, the first request waits the patience after a text became SENT; each
 * further one waits twice as long as the last, at most {@link #MAX_BACKOFF}, so a contact
 * offline for the relay's 21 days costs about 25 blocks; any receipt from the contact starts
 * the wait over. Thread-safe: every method is its own transaction or runs in the caller's.
 */
public final class ReceiptRequests {
    /** The longest wait between two requests to a contact that does not answer. */
    public static final Duration MAX_BACKOFF = Duration.ofHours(24);

    private final Database database;
    private final ContactStore contacts;
    private final SessionStore sessions;
    private final MessageStore messages;
    private final ReceiptSchedule schedule;
    private final EnvelopeQueue envelopes;
    private final Clock clock;
    private final Duration patience;

    ReceiptRequests(Database database, ContactStore contacts, SessionStore sessions, MessageStore messages,
            ReceiptSchedule schedule, EnvelopeQueue envelopes, Clock clock, Duration patience) {
        this.database = Objects.requireNonNull(database, "database");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.envelopes = Objects.requireNonNull(envelopes, "envelopes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.patience = Objects.requireNonNull(patience, "patience");
        if (patience.isNegative() || patience.isZero()) {
            throw new IllegalArgumentException("the receipt patience must be positive");
        }
    }

    /** In the hand-over's transaction: a text to the contact became SENT; starts the wait unless one runs. */
    void textSent(Connection c, long contactId) throws SQLException, PliException {
        if (schedule.find(c, contactId).isEmpty()) {
            schedule.put(c, contactId, new ReceiptSchedule.Entry(clock.instant().plus(patience), patience));
        }
    }

    /** In the receive transaction: the contact answered; the wait starts over, or ends if nothing waits. */
    void receiptArrived(Connection c, long contactId) throws SQLException {
        if (messages.sentWithoutReceipt(c, contactId, 1).isEmpty()) {
            schedule.remove(c, contactId);
        } else {
            schedule.put(c, contactId, new ReceiptSchedule.Entry(clock.instant().plus(patience), patience));
        }
    }

    /** Queues a request to every contact whose wait is over and who still has texts without receipt; how many. */
    public int queueDue() throws PliException {
        Instant now = clock.instant();
        int queued = 0;
        for (Map.Entry<Long, ReceiptSchedule.Entry> due : database.read(schedule::all).entrySet()) {
            if (!due.getValue().next().isAfter(now)) {
                queued += database.write(c -> ask(c, due.getKey(), now)) ? 1 : 0;
            }
        }
        return queued;
    }

    /** When the earliest request falls due, if one is scheduled: a loop may sleep until then. */
    public Optional<Instant> nextDue() throws PliException {
        return database.read(schedule::all).values().stream().map(ReceiptSchedule.Entry::next)
                .min(Instant::compareTo);
    }

    private boolean ask(Connection c, long contactId, Instant now) throws SQLException, PliException {
        Optional<ReceiptSchedule.Entry> entry = schedule.find(c, contactId);
        if (entry.isEmpty() || entry.get().next().isAfter(now)) {
            return false; // another process asked meanwhile
        }
        List<byte[]> waiting = messages.sentWithoutReceipt(c, contactId, ReceiptPayload.MAX_IDS);
        Optional<SessionRecord> session = sessions.find(c, contactId);
        boolean failed = contacts.find(c, contactId).map(Contact::state).orElse(TrustState.FAILED)
                == TrustState.FAILED;
        if (waiting.isEmpty() || session.isEmpty() || failed) {
            schedule.remove(c, contactId);
            return false;
        }
        envelopes.enqueue(c, session.get(), new ReceiptRequestPayload(waiting), null);
        Duration backoff = entry.get().backoff();
        Duration doubled = backoff.multipliedBy(2);
        schedule.put(c, contactId, new ReceiptSchedule.Entry(now.plus(backoff),
                doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled));
        return true;
    }
}

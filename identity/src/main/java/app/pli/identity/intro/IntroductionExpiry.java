package app.pli.identity.intro;

import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.TrustState;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The EXPIRE and FAIL steps: every message of an introduction has a deadline, after which
 * the other side no longer takes it, and an introduction whose message is still queued (or
 * still awaited) at that deadline ends for good, visibly. Nothing ends earlier because a
 * machine was slow: until the deadline a queued message is retried.
 *
 * <ul>
 *   <li>An inviter's unused invitation EXPIRES at its expiry time (no contact was made).</li>
 *   <li>An invitee whose M1 is still queued at the expiry FAILS ({@link IntroductionFailure#ANSWER_TOO_LATE}):
 *       the inviter refuses a late M1.</li>
 *   <li>An invitee that sent M1 waits {@link IntroductionConstants#INVITEE_GRACE} past the
 *       expiry for M2 (an M2 made in time may sit on the relay that long), then FAILS
 *       ({@link IntroductionFailure#NO_REPLY}).</li>
 *   <li>An inviter whose M2 is still queued when the invitee stops waiting (expiry plus the
 *       grace) FAILS ({@link IntroductionFailure#REPLY_UNDELIVERED}).</li>
 * </ul>
 * A FAILED introduction drops its secrets and queued messages; its contact stays, in state
 * {@link TrustState#FAILED} with the reason, until the user removes it.
 */
final class IntroductionExpiry {
    private final ContactStore contacts;
    private final IntroductionStore store;
    private final IntroductionOutbox outbox;

    IntroductionExpiry(ContactStore contacts, IntroductionStore store, IntroductionOutbox outbox) {
        this.contacts = contacts;
        this.store = store;
        this.outbox = outbox;
    }

    /** Expires or fails {@code row} if a deadline of it has passed at {@code now}; whether it did. */
    boolean expireIfDue(Connection c, StoredIntroduction row, Instant now) throws SQLException, PliException {
        IntroductionRecord record = row.record();
        Instant expiry = record.expires();
        Instant graceEnd = expiry.plus(IntroductionConstants.INVITEE_GRACE);
        if (IntroductionStep.EXPIRE.allowedIn(record.role(), record.state())) {
            if (now.isBefore(expiry)) {
                return false;
            }
            store.update(c, row.with(null, record.ended(IntroductionState.EXPIRED)));
            outbox.deleteFor(c, row.id());
            return true;
        }
        if (!IntroductionStep.FAIL.allowedIn(record.role(), record.state())) {
            return false;
        }
        boolean queued = outbox.hasPending(c, row.id());
        Optional<IntroductionFailure> failure = Optional.empty();
        if (record.role() == IntroductionRole.INVITEE) {
            if (queued && !now.isBefore(expiry)) {
                failure = Optional.of(IntroductionFailure.ANSWER_TOO_LATE);
            } else if (!now.isBefore(graceEnd)) {
                failure = Optional.of(IntroductionFailure.NO_REPLY);
            }
        } else if (queued && !now.isBefore(graceEnd)) {
            failure = Optional.of(IntroductionFailure.REPLY_UNDELIVERED);
        }
        if (failure.isEmpty()) {
            return false;
        }
        fail(c, row, failure.get());
        return true;
    }

    /**
     * Ends {@code row} FAILED for {@code failure}: secrets, outcome and queued messages
     * dropped; its contact kept in state FAILED without a code.
     */
    void fail(Connection c, StoredIntroduction row, IntroductionFailure failure) throws SQLException, PliException {
        IntroductionRecord record = row.record();
        store.update(c, row.with(row.contactId(), record.ended(IntroductionState.FAILED)));
        store.saveFailure(c, row.id(), failure);
        store.clearOutcome(c, row.id());
        outbox.deleteFor(c, row.id());
        if (row.contactId() != null) {
            Optional<Contact> contact = contacts.find(c, row.contactId());
            if (contact.isPresent()) {
                Contact failed = contact.get();
                contacts.update(c, new Contact(failed.id(), failed.name(), TrustState.FAILED, failed.keys(),
                        failed.route(), null, failed.introducedBy()));
            }
        }
    }
}

package app.pli.identity.intro;

import app.pli.identity.contact.ContactStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The EXPIRE step. An inviter's unused invitation expires at its expiry time. An invitee
 * waits {@link IntroductionConstants#INVITEE_GRACE} longer for M2 (an M2 made in time may
 * still be on the relay), then gives up and removes the pending contact. Either way the
 * secrets are dropped and the row stays, EXPIRED, so a late message is refused clearly.
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

    /** Expires {@code row} if its time has come at {@code now}; whether it did. */
    boolean expireIfDue(Connection c, StoredIntroduction row, Instant now) throws SQLException {
        IntroductionRecord record = row.record();
        if (!IntroductionStep.EXPIRE.allowedIn(record.role(), record.state())) {
            return false;
        }
        Instant due = record.role() == IntroductionRole.INVITER ? record.expires()
                : record.expires().plus(IntroductionConstants.INVITEE_GRACE);
        if (now.isBefore(due)) {
            return false;
        }
        store.update(c, row.with(null, record.ended(IntroductionState.EXPIRED)));
        outbox.deleteFor(c, row.id());
        if (row.contactId() != null) {
            contacts.delete(c, row.contactId());
        }
        return true;
    }
}

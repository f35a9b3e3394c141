package app.pli.identity.intro;

import app.pli.core.db.DatabaseException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.route.Route;
import app.pli.identity.store.SealedOutbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code introduction_outbox} table, in the caller's transaction: a step queues its
 * outgoing message here in the same transaction as its state change, so a crash between
 * the two is impossible; the messenger sends and then deletes.
 */
final class IntroductionOutbox {
    private final SealedOutbox rows;

    IntroductionOutbox(ColumnCipher cipher) {
        this.rows = new SealedOutbox(cipher, "introduction_outbox", "introduction_id");
    }

    long queue(Connection c, long introductionId, Route route, byte[] payload) throws SQLException {
        return rows.queue(c, introductionId, route, payload);
    }

    List<OutgoingIntroductionMessage> pending(Connection c) throws SQLException, DatabaseException {
        List<OutgoingIntroductionMessage> messages = new ArrayList<>();
        for (SealedOutbox.Row row : rows.pending(c)) {
            messages.add(new OutgoingIntroductionMessage(row.id(), row.ownerId(), row.route(), row.payload()));
        }
        return messages;
    }

    /** Whether introduction {@code introductionId} still has a message waiting to be sent. */
    boolean hasPending(Connection c, long introductionId) throws SQLException {
        return rows.hasPending(c, introductionId);
    }

    /** Deletes one sent message; deleting one that is gone already is not an error. */
    void delete(Connection c, long id) throws SQLException {
        rows.delete(c, id);
    }

    /** Deletes every message an ending introduction still had queued. */
    void deleteFor(Connection c, long introductionId) throws SQLException {
        rows.deleteFor(c, introductionId);
    }
}

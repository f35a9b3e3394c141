package app.pli.identity.intro;

import app.pli.core.crypto.AuthenticationException;
import app.pli.core.db.DatabaseException;
import app.pli.core.db.RandomRowIds;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.contact.MalformedRouteException;
import app.pli.identity.contact.RouteBytes;
import app.pli.identity.route.Route;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code introduction_outbox} table, in the caller's transaction: a step queues its
 * outgoing message here in the same transaction as its state change, so a crash between
 * the two is impossible; the messenger sends and then deletes.
 */
final class IntroductionOutbox {
    private final ColumnCipher cipher;

    IntroductionOutbox(ColumnCipher cipher) {
        this.cipher = cipher;
    }

    long queue(Connection c, long introductionId, Route route, byte[] payload) throws SQLException {
        long id = RandomRowIds.next();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO introduction_outbox (id, introduction_id, route, payload) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, introductionId);
            insert.setBytes(3, cipher.seal(context("route", id), RouteBytes.encode(route)));
            insert.setBytes(4, cipher.seal(context("payload", id), payload));
            insert.executeUpdate();
        }
        return id;
    }

    List<OutgoingIntroductionMessage> pending(Connection c) throws SQLException, DatabaseException {
        List<OutgoingIntroductionMessage> messages = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, introduction_id, route, payload FROM introduction_outbox");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                try {
                    Route route = RouteBytes.decode(cipher.open(context("route", id), rows.getBytes(3)));
                    byte[] payload = cipher.open(context("payload", id), rows.getBytes(4));
                    messages.add(new OutgoingIntroductionMessage(id, rows.getLong(2), route, payload));
                } catch (AuthenticationException | MalformedRouteException e) {
                    throw new DatabaseException(DatabaseException.Reason.CORRUPT,
                            "a queued introduction message cannot be opened: wrong storage key or damaged store");
                }
            }
        }
        return messages;
    }

    /** Whether introduction {@code introductionId} still has a message waiting to be sent. */
    boolean hasPending(Connection c, long introductionId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT 1 FROM introduction_outbox WHERE introduction_id = ? LIMIT 1")) {
            select.setLong(1, introductionId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Deletes one sent message; deleting one that is gone already is not an error. */
    void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM introduction_outbox WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** Deletes every message an ending introduction still had queued. */
    void deleteFor(Connection c, long introductionId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM introduction_outbox WHERE introduction_id = ?")) {
            delete.setLong(1, introductionId);
            delete.executeUpdate();
        }
    }

    private static String context(String column, long id) {
        return "introduction_outbox." + column + ":" + id;
    }
}

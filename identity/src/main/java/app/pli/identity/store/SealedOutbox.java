package app.pli.identity.store;

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
import java.util.Objects;

/**
 * An outbox table of a protocol with several steps (introductions, offers), in the
 * caller's transaction: a step queues its outgoing message here in the same transaction as
 * its state change, so a crash between the two is impossible; the messenger sends and then
 * deletes. Columns: random {@code id}, the owning protocol row ({@code ownerColumn}), the
 * sealed route and the sealed payload, each bound to its table, column and row.
 */
public final class SealedOutbox {
    /** One queued message. */
    public record Row(long id, long ownerId, Route route, byte[] payload) {}

    private final ColumnCipher cipher;
    private final String table;
    private final String ownerColumn;

    /** An outbox over {@code table}, whose rows belong to {@code ownerColumn}; both fixed names, never input. */
    public SealedOutbox(ColumnCipher cipher, String table, String ownerColumn) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.table = Objects.requireNonNull(table, "table");
        this.ownerColumn = Objects.requireNonNull(ownerColumn, "ownerColumn");
    }

    /** Queues {@code payload} for {@code route}; its row id. */
    public long queue(Connection c, long ownerId, Route route, byte[] payload) throws SQLException {
        long id = RandomRowIds.next();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO " + table + " (id, " + ownerColumn + ", route, payload) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, ownerId);
            insert.setBytes(3, cipher.seal(context("route", id), RouteBytes.encode(route)));
            insert.setBytes(4, cipher.seal(context("payload", id), payload));
            insert.executeUpdate();
        }
        return id;
    }

    /** Every queued message. */
    public List<Row> pending(Connection c) throws SQLException, DatabaseException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, " + ownerColumn + ", route, payload FROM " + table);
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                long id = result.getLong(1);
                try {
                    Route route = RouteBytes.decode(cipher.open(context("route", id), result.getBytes(3)));
                    rows.add(new Row(id, result.getLong(2), route, cipher.open(context("payload", id),
                            result.getBytes(4))));
                } catch (AuthenticationException | MalformedRouteException e) {
                    throw new DatabaseException(DatabaseException.Reason.CORRUPT,
                            "a queued message cannot be opened: wrong storage key or damaged store");
                }
            }
        }
        return rows;
    }

    /** Whether row {@code ownerId} still has a message waiting to be sent. */
    public boolean hasPending(Connection c, long ownerId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT 1 FROM " + table + " WHERE " + ownerColumn + " = ? LIMIT 1")) {
            select.setLong(1, ownerId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Deletes one sent message; deleting one that is gone already is not an error. */
    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** Deletes every message row {@code ownerId} still had queued. */
    public void deleteFor(Connection c, long ownerId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE " + ownerColumn + " = ?")) {
            delete.setLong(1, ownerId);
            delete.executeUpdate();
        }
    }

    private String context(String column, long id) {
        return table + "." + column + ":" + id;
    }
}

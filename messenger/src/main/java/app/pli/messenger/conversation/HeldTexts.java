package app.pli.messenger.conversation;

import app.pli.core.codec.DecodeException;
import app.pli.core.crypto.CryptoException;
import app.pli.core.db.DatabaseException;
import app.pli.core.db.RandomRowIds;
import app.pli.core.vault.ColumnCipher;
import app.pli.messenger.envelope.GroupTextPayload;
import app.pli.messenger.envelope.PayloadCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code held_text} table, in the caller's transaction: group texts that arrived before
 * the version making their sender a member, sealed, at most once per sender and message id,
 * until they are placed or expire. No receipt is sent for a held text (its sender asks
 * again later, and then it may be stored).
 */
final class HeldTexts {
    /** One held text: its row, its sender, the text. */
    record Held(long id, long contactId, GroupTextPayload text) {}

    private final ColumnCipher cipher;

    HeldTexts(ColumnCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** Holds {@code text} from the contact; false if it is held already. */
    boolean add(Connection c, long contactId, GroupTextPayload text, long arrivalHour) throws SQLException {
        long id = RandomRowIds.next();
        try (PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO held_text"
                + " (id, contact_id, message_id, arrival_hour, payload) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, contactId);
            insert.setBytes(3, text.text().messageId());
            insert.setLong(4, arrivalHour);
            insert.setBytes(5, cipher.seal(context(id), PayloadCodec.encode(text)));
            return insert.executeUpdate() == 1;
        }
    }

    /** Whether the contact's text {@code messageId} is held. */
    boolean holds(Connection c, long contactId, byte[] messageId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT 1 FROM held_text WHERE contact_id = ? AND message_id = ?")) {
            select.setLong(1, contactId);
            select.setBytes(2, messageId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    List<Held> all(Connection c) throws SQLException, DatabaseException {
        List<Held> held = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, contact_id, payload FROM held_text");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                try {
                    held.add(new Held(id, rows.getLong(2), (GroupTextPayload) PayloadCodec.decode(
                            cipher.open(context(id), rows.getBytes(3)))));
                } catch (CryptoException | DecodeException | ClassCastException e) {
                    throw new DatabaseException(DatabaseException.Reason.CORRUPT,
                            "a held group text cannot be opened: wrong storage key or damaged store");
                }
            }
        }
        return held;
    }

    void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM held_text WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** Drops texts held since before {@code hour}; how many. */
    int expire(Connection c, long hour) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM held_text WHERE arrival_hour < ?")) {
            delete.setLong(1, hour);
            return delete.executeUpdate();
        }
    }

    private static String context(long id) {
        return "held_text.payload:" + id;
    }
}

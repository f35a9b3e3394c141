package app.pli.messenger.conversation;

import app.pli.core.crypto.CryptoException;
import app.pli.core.db.DatabaseException;
import app.pli.core.vault.ColumnCipher;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code receipt_request} rows, in the caller's transaction: per contact with texts
 * waiting for a receipt, when to ask next and the wait after that. The schedule is sealed
 * ({@code u64 next epoch ms || u64 backoff ms}), bound to its contact, so the file does
 * not tell when this side last wrote to whom. Thread-safe (keeps no state).
 */
final class ReceiptSchedule {
    /** When to ask next, and how long to wait after that ask. */
    record Entry(Instant next, Duration backoff) {
        Entry {
            Objects.requireNonNull(next, "next");
            Objects.requireNonNull(backoff, "backoff");
        }
    }

    private final ColumnCipher cipher;

    ReceiptSchedule(ColumnCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    Optional<Entry> find(Connection c, long contactId) throws SQLException, DatabaseException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT schedule FROM receipt_request WHERE contact_id = ?")) {
            select.setLong(1, contactId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(open(contactId, row.getBytes(1))) : Optional.empty();
            }
        }
    }

    /** Every scheduled contact, in no particular order. */
    Map<Long, Entry> all(Connection c) throws SQLException, DatabaseException {
        Map<Long, Entry> entries = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT contact_id, schedule FROM receipt_request");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.put(rows.getLong(1), open(rows.getLong(1), rows.getBytes(2)));
            }
        }
        return entries;
    }

    void put(Connection c, long contactId, Entry entry) throws SQLException {
        byte[] plain = ByteBuffer.allocate(2 * Long.BYTES).putLong(entry.next().toEpochMilli())
                .putLong(entry.backoff().toMillis()).array();
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO receipt_request (contact_id, schedule)"
                + " VALUES (?, ?) ON CONFLICT (contact_id) DO UPDATE SET schedule = excluded.schedule")) {
            upsert.setLong(1, contactId);
            upsert.setBytes(2, cipher.seal(context(contactId), plain));
            upsert.executeUpdate();
        }
    }

    void remove(Connection c, long contactId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM receipt_request WHERE contact_id = ?")) {
            delete.setLong(1, contactId);
            delete.executeUpdate();
        }
    }

    private Entry open(long contactId, byte[] sealed) throws DatabaseException {
        try {
            byte[] plain = cipher.open(context(contactId), sealed);
            if (plain.length == 2 * Long.BYTES) {
                ByteBuffer in = ByteBuffer.wrap(plain);
                long next = in.getLong();
                long backoff = in.getLong();
                if (backoff > 0) {
                    return new Entry(Instant.ofEpochMilli(next), Duration.ofMillis(backoff));
                }
            }
        } catch (CryptoException e) {
            // Reported below, like any value that does not open.
        }
        throw new DatabaseException(DatabaseException.Reason.CORRUPT,
                "a stored receipt schedule cannot be opened: wrong storage key or damaged store");
    }

    private static String context(long contactId) {
        return "receipt_request.schedule:" + contactId;
    }
}

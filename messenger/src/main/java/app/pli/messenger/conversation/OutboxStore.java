package app.pli.messenger.conversation;

import app.pli.core.block.BlockConstants;
import app.pli.core.crypto.CryptoException;
import app.pli.core.db.DatabaseException;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes {@code outbox} rows inside the caller's transaction. Row ids grow with
 * every insert and are never reused (AUTOINCREMENT), so id order is send order. The blocks
 * are sealed, bound to the row id. Thread-safe.
 */
public final class OutboxStore {
    private final ColumnCipher cipher;

    public OutboxStore(ColumnCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** Queues the blocks of one envelope; {@code messageId} is null for a receipt. */
    public void insert(Connection c, long contactId, byte[] messageId, List<byte[]> blocks) throws SQLException {
        long id = nextId(c);
        ByteArrayOutputStream joined = new ByteArrayOutputStream(blocks.size() * BlockConstants.BLOCK_SIZE);
        for (byte[] block : blocks) {
            if (block.length != BlockConstants.BLOCK_SIZE) {
                throw new IllegalArgumentException("an outbox block must be one block long");
            }
            joined.writeBytes(block);
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO outbox (id, contact_id, message_id, blocks) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, contactId);
            insert.setBytes(3, messageId);
            insert.setBytes(4, cipher.seal(context(id), joined.toByteArray()));
            insert.executeUpdate();
        }
    }

    /** Every waiting envelope, oldest first. */
    public List<OutboxEntry> all(Connection c) throws SQLException, PliException {
        List<OutboxEntry> entries = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, contact_id, message_id, blocks FROM outbox ORDER BY id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(open(rows));
            }
        }
        return entries;
    }

    /** Whether an envelope of the text {@code messageId} to the contact still waits. */
    public boolean holds(Connection c, long contactId, byte[] messageId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT 1 FROM outbox WHERE contact_id = ? AND message_id = ? LIMIT 1")) {
            select.setLong(1, contactId);
            select.setBytes(2, messageId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Whether anything waits (cheap: no decryption). */
    public boolean isEmpty(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM outbox LIMIT 1");
                ResultSet rows = select.executeQuery()) {
            return !rows.next();
        }
    }

    /** A number that grows with every envelope ever queued: a cheap way to notice new ones. */
    public long mark(Connection c) throws SQLException {
        return nextId(c);
    }

    /** Removes a handed-over envelope; false if it was already removed (by another process). */
    public boolean remove(Connection c, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM outbox WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() == 1;
        }
    }

    private OutboxEntry open(ResultSet row) throws SQLException, PliException {
        long id = row.getLong(1);
        byte[] joined;
        try {
            joined = cipher.open(context(id), row.getBytes(4));
        } catch (CryptoException e) {
            throw corrupt();
        }
        if (joined.length == 0 || joined.length % BlockConstants.BLOCK_SIZE != 0) {
            throw corrupt();
        }
        List<byte[]> blocks = new ArrayList<>();
        for (int from = 0; from < joined.length; from += BlockConstants.BLOCK_SIZE) {
            blocks.add(Arrays.copyOfRange(joined, from, from + BlockConstants.BLOCK_SIZE));
        }
        return new OutboxEntry(id, row.getLong(2), Optional.ofNullable(row.getBytes(3)), blocks);
    }

    /** The id AUTOINCREMENT would give next: never one used before, so a stale remove cannot hit a new row. */
    private static long nextId(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0) + 1");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String context(long id) {
        return "outbox.blocks:" + id;
    }

    private static DatabaseException corrupt() {
        return new DatabaseException(DatabaseException.Reason.CORRUPT,
                "a queued message cannot be opened: wrong storage key or damaged store");
    }
}

package app.pli.messenger.conversation;

import app.pli.core.crypto.CryptoException;
import app.pli.core.db.DatabaseException;
import app.pli.core.db.RandomRowIds;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.messenger.envelope.TextPayload;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes {@code message} rows inside the caller's transaction. The content
 * (send time, sequence, text) is sealed and bound to the row's random id. A message id is
 * stored at most once per contact and direction, whatever is replayed. Thread-safe.
 */
public final class MessageStore {
    /** Orders a conversation: by the sender's send time, then mine after theirs at a tie, then sequence. */
    static final Comparator<StoredMessage> CONVERSATION_ORDER = Comparator.comparing(StoredMessage::sentAt)
            .thenComparing(StoredMessage::outgoing).thenComparingLong(StoredMessage::sequence);
    private static final int CONTENT_HEADER = 2 * Long.BYTES;
    /** The columns {@link #open} reads, in order. */
    private static final String COLUMNS = "id, message_id, outgoing, status, content, COALESCE(group_row, 0)";

    private final ColumnCipher cipher;

    public MessageStore(ColumnCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /**
     * Records a message this side is sending to the contact, {@link MessageStatus#QUEUED}: in
     * their conversation, or (for {@code groupRow} other than 0) as that member's copy of a
     * text to the group.
     */
    public void insertOutgoing(Connection c, long contactId, long groupRow, TextPayload text) throws SQLException {
        insert(c, contactId, groupRow, text, true, MessageStatus.QUEUED, false);
    }

    /**
     * Records a message the contact sent, in their conversation or ({@code groupRow} other
     * than 0) in the group's, with a receipt due; false (and nothing changes) if its id is
     * already stored.
     */
    public boolean insertIncoming(Connection c, long contactId, long groupRow, TextPayload text) throws SQLException {
        return insert(c, contactId, groupRow, text, false, MessageStatus.RECEIVED, true);
    }

    /** Moves an outgoing message forward to {@code status}, never backwards; 1 if it moved, else 0. */
    public int advance(Connection c, long contactId, byte[] messageId, MessageStatus status) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE message SET status = ? WHERE contact_id = ?"
                + " AND outgoing = 1 AND message_id = ? AND status < ?")) {
            update.setInt(1, status.code());
            update.setLong(2, contactId);
            update.setBytes(3, messageId);
            update.setInt(4, status.code());
            return update.executeUpdate();
        }
    }

    /** Where an outgoing message stands now; empty if it is gone (its contact was removed). */
    public Optional<MessageStatus> outgoingStatus(Connection c, long contactId, byte[] messageId)
            throws SQLException, PliException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT status FROM message WHERE contact_id = ? AND outgoing = 1 AND message_id = ?")) {
            select.setLong(1, contactId);
            select.setBytes(2, messageId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(MessageStatus.fromCode(row.getInt(1)).orElseThrow(MessageStore::corrupt));
            }
        }
    }

    /** Up to {@code limit} ids of texts sent to the contact (durable on a relay) still without a receipt. */
    public List<byte[]> sentWithoutReceipt(Connection c, long contactId, int limit) throws SQLException {
        List<byte[]> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT message_id FROM message"
                + " WHERE contact_id = ? AND outgoing = 1 AND status = ? LIMIT ?")) {
            select.setLong(1, contactId);
            select.setInt(2, MessageStatus.SENT.code());
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getBytes(1));
                }
            }
        }
        return ids;
    }

    /** Whether the contact's text {@code messageId} is stored here. */
    public boolean hasIncoming(Connection c, long contactId, byte[] messageId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT 1 FROM message WHERE contact_id = ? AND outgoing = 0 AND message_id = ?")) {
            select.setLong(1, contactId);
            select.setBytes(2, messageId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Marks the receipt of the contact's stored text {@code messageId} due again (its receipt was lost). */
    public void receiptDueAgain(Connection c, long contactId, byte[] messageId) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE message SET receipt_due = 1"
                + " WHERE contact_id = ? AND outgoing = 0 AND message_id = ?")) {
            update.setLong(1, contactId);
            update.setBytes(2, messageId);
            update.executeUpdate();
        }
    }

    /**
     * The text {@code messageId} this side sent to the contact, as it was sent (same id, time
     * and sequence, and group), if it is still {@link MessageStatus#SENT}: to send it again.
     */
    public Optional<StoredMessage> sentText(Connection c, long contactId, byte[] messageId)
            throws SQLException, PliException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                + " FROM message WHERE contact_id = ? AND outgoing = 1 AND message_id = ? AND status = ?")) {
            select.setLong(1, contactId);
            select.setBytes(2, messageId);
            select.setInt(3, MessageStatus.SENT.code());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(open(contactId, row));
            }
        }
    }

    /** Up to {@code limit} ids of the contact's messages whose receipt is still due. */
    public List<byte[]> receiptsDue(Connection c, long contactId, int limit) throws SQLException {
        List<byte[]> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT message_id FROM message"
                + " WHERE contact_id = ? AND outgoing = 0 AND receipt_due = 1 LIMIT ?")) {
            select.setLong(1, contactId);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getBytes(1));
                }
            }
        }
        return ids;
    }

    /** Marks the receipts of {@code ids} as queued. */
    public void receiptsQueued(Connection c, long contactId, List<byte[]> ids) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE message SET receipt_due = 0"
                + " WHERE contact_id = ? AND outgoing = 0 AND message_id = ?")) {
            for (byte[] id : ids) {
                update.setLong(1, contactId);
                update.setBytes(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The contact ids that have receipts due. */
    public List<Long> contactsWithReceiptsDue(Connection c) throws SQLException {
        List<Long> contacts = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT DISTINCT contact_id FROM message WHERE outgoing = 0 AND receipt_due = 1");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                contacts.add(rows.getLong(1));
            }
        }
        return contacts;
    }

    /** The 1:1 conversation with the contact, oldest first. */
    public List<StoredMessage> conversation(Connection c, long contactId) throws SQLException, PliException {
        List<StoredMessage> messages = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                + " FROM message WHERE contact_id = ? AND group_row IS NULL")) {
            select.setLong(1, contactId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    messages.add(open(contactId, rows));
                }
            }
        }
        messages.sort(CONVERSATION_ORDER);
        return messages;
    }

    /**
     * Every stored message of the group of row {@code groupRow}, oldest first: each member's
     * copy of a text this side sent, and each text received.
     */
    public List<StoredMessage> groupConversation(Connection c, long groupRow) throws SQLException, PliException {
        List<StoredMessage> messages = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + ", contact_id"
                + " FROM message WHERE group_row = ?")) {
            select.setLong(1, groupRow);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    messages.add(open(rows.getLong(7), rows));
                }
            }
        }
        messages.sort(CONVERSATION_ORDER);
        return messages;
    }

    private boolean insert(Connection c, long contactId, long groupRow, TextPayload text, boolean outgoing,
            MessageStatus status, boolean receiptDue) throws SQLException {
        long id = RandomRowIds.next();
        try (PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO message (id, contact_id, message_id,"
                + " outgoing, status, receipt_due, content, group_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, contactId);
            insert.setBytes(3, text.messageId());
            insert.setInt(4, outgoing ? 1 : 0);
            insert.setInt(5, status.code());
            insert.setInt(6, receiptDue ? 1 : 0);
            insert.setBytes(7, cipher.seal(context(id), content(text)));
            if (groupRow == 0) {
                insert.setNull(8, Types.INTEGER);
            } else {
                insert.setLong(8, groupRow);
            }
            return insert.executeUpdate() == 1;
        }
    }

    private StoredMessage open(long contactId, ResultSet row) throws SQLException, PliException {
        long id = row.getLong(1);
        MessageStatus status = MessageStatus.fromCode(row.getInt(4)).orElseThrow(MessageStore::corrupt);
        byte[] content;
        try {
            content = cipher.open(context(id), row.getBytes(5));
        } catch (CryptoException e) {
            throw corrupt();
        }
        if (content.length < CONTENT_HEADER) {
            throw corrupt();
        }
        ByteBuffer in = ByteBuffer.wrap(content);
        Instant sentAt = Instant.ofEpochMilli(in.getLong());
        long sequence = in.getLong();
        String text = new String(content, CONTENT_HEADER, content.length - CONTENT_HEADER, StandardCharsets.UTF_8);
        return new StoredMessage(contactId, row.getBytes(2), row.getInt(3) == 1, status, sentAt, sequence, text,
                row.getLong(6));
    }

    private static byte[] content(TextPayload text) {
        byte[] utf8 = text.text().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(CONTENT_HEADER + utf8.length).putLong(text.sentAt()).putLong(text.sequence())
                .put(utf8).array();
    }


    private static String context(long id) {
        return "message.content:" + id;
    }

    private static DatabaseException corrupt() {
        return new DatabaseException(DatabaseException.Reason.CORRUPT,
                "a stored message cannot be opened: wrong storage key or damaged store");
    }
}

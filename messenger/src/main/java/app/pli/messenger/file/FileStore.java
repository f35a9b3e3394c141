package app.pli.messenger.file;

import app.pli.core.codec.DecodeException;
import app.pli.core.codec.SafeCodec;
import app.pli.core.crypto.CryptoException;
import app.pli.core.db.DatabaseException;
import app.pli.core.db.RandomRowIds;
import app.pli.core.vault.ColumnCipher;
import app.pli.messenger.envelope.FileRef;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@link FileSchema} tables, in the caller's transaction. File references and waiting
 * texts are sealed under contexts naming their row; the per-block progress is a bit set
 * (bit {@code i}: block {@code i} done), written in batches by the transfers.
 */
public final class FileStore {
    /** A message waiting for its files' uploads: to a contact (groupRow 0) or a group (contactId 0). */
    public record WaitingMessage(long id, byte[] messageId, long contactId, long groupRow, String text) {}

    private static final SafeCodec REFS = SafeCodec.builder()
            .register(508, FileRef.Segment.class)
            .register(507, FileRef.class)
            .maxFrameBytes(8192)
            .maxDepth(3)
            .build();
    private static final String COLUMNS = "id, outgoing, contact_id, message_id, state, blocks, done, wanted,"
            + " attempts, ref, reason";

    private final ColumnCipher cipher;

    public FileStore(ColumnCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /**
     * Records a file this profile sends under row {@code id} (its local blocks already
     * written): {@link FileState#UPLOADING}, or {@link FileState#UPLOADED} when it has no relay
     * to go to (contacts fetch it over LAN links).
     */
    void insertOutgoing(Connection c, long id, byte[] messageId, FileRef ref, FileState state, long now)
            throws SQLException {
        insert(c, id, true, 0, messageId, state, ref, false, now);
    }

    /** The file this profile sent whose file id is {@code fileId}, if any. */
    Optional<FileRow> outgoing(Connection c, byte[] fileId) throws SQLException, DatabaseException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                + " FROM file_transfer WHERE outgoing = 1 AND file_id = ?")) {
            select.setBytes(1, fileId);
            List<FileRow> rows = rows(select);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        }
    }

    /**
     * Records a file a contact offered; nothing if that contact offered it already.
     *
     * @return the new row, or empty for a repeat
     */
    public Optional<Long> insertIncoming(Connection c, long contactId, byte[] messageId, FileRef ref, boolean wanted,
            long now) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT 1 FROM file_transfer WHERE outgoing = 0 AND contact_id = ? AND file_id = ?")) {
            select.setLong(1, contactId);
            select.setBytes(2, ref.fileId());
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return Optional.empty();
                }
            }
        }
        long id = RandomRowIds.next();
        insert(c, id, false, contactId, messageId, FileState.OFFERED, ref, wanted, now);
        return Optional.of(id);
    }

    private void insert(Connection c, long id, boolean outgoing, long contactId, byte[] messageId, FileState state,
            FileRef ref, boolean wanted, long now) throws SQLException {
        int blocks = FileLayout.paddedBlocks(FileLayout.dataBlocks(ref.size()));
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO file_transfer (id, file_id, outgoing,"
                + " contact_id, message_id, state, blocks, done, done_count, wanted, attempts, ref, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0, ?, ?)")) {
            insert.setLong(1, id);
            insert.setBytes(2, ref.fileId());
            insert.setInt(3, outgoing ? 1 : 0);
            if (contactId == 0) {
                insert.setNull(4, Types.INTEGER);
            } else {
                insert.setLong(4, contactId);
            }
            insert.setBytes(5, messageId);
            insert.setInt(6, state.code());
            insert.setInt(7, blocks);
            insert.setBytes(8, new byte[0]);
            insert.setInt(9, wanted ? 1 : 0);
            insert.setBytes(10, sealRef(id, ref));
            insert.setLong(11, now);
            insert.executeUpdate();
        }
    }

    public Optional<FileRow> find(Connection c, long id) throws SQLException, DatabaseException {
        List<FileRow> rows = select(c, "WHERE id = ?", id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Every received file (or every sent one), newest first. */
    public List<FileRow> list(Connection c, boolean outgoing) throws SQLException, DatabaseException {
        return select(c, "WHERE outgoing = ? ORDER BY created_at DESC, id", outgoing ? 1 : 0);
    }

    /** The files a message carries, in the order they were attached. */
    public List<FileRow> ofMessage(Connection c, byte[] messageId, boolean outgoing)
            throws SQLException, DatabaseException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                + " FROM file_transfer WHERE message_id = ? AND outgoing = ? ORDER BY created_at, id")) {
            select.setBytes(1, messageId);
            select.setInt(2, outgoing ? 1 : 0);
            return rows(select);
        }
    }

    /** Outgoing files still uploading, and incoming ones wanted and not complete: the work of a transfer round. */
    public List<FileRow> pending(Connection c) throws SQLException, DatabaseException {
        return select(c, "WHERE state = ? OR (state IN (?, ?) AND wanted = 1) ORDER BY created_at, id",
                FileState.UPLOADING.code(), FileState.OFFERED.code(), FileState.DOWNLOADING.code());
    }

    /** Saves progress: the done blocks and the state. */
    void progress(Connection c, long id, BitSet done, FileState state) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE file_transfer SET done = ?, done_count = ?, state = ?, reason = NULL WHERE id = ?")) {
            update.setBytes(1, done.toByteArray());
            update.setInt(2, done.cardinality());
            update.setInt(3, state.code());
            update.setLong(4, id);
            update.executeUpdate();
        }
    }

    /**
     * Replaces the reference (an upload created a segment) and the deposit ids of its
     * segments, in segment order.
     */
    void updateUpload(Connection c, long id, FileRef ref, List<byte[]> depositIds) throws SQLException {
        ByteBuffer deposits = ByteBuffer.allocate(depositIds.size() * FileRef.FILE_ID_BYTES);
        depositIds.forEach(deposits::put);
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE file_transfer SET ref = ?, deposits = ? WHERE id = ?")) {
            update.setBytes(1, sealRef(id, ref));
            update.setBytes(2, cipher.seal(depositsContext(id), deposits.array()));
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    /** The deposit ids of an upload's segments, in order (none before the first was created). */
    List<byte[]> depositIds(Connection c, long id) throws SQLException, DatabaseException {
        try (PreparedStatement select = c.prepareStatement("SELECT deposits FROM file_transfer WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                byte[] sealed = row.next() ? row.getBytes(1) : null;
                if (sealed == null) {
                    return List.of();
                }
                byte[] all = cipher.open(depositsContext(id), sealed);
                List<byte[]> ids = new ArrayList<>();
                for (int at = 0; at + FileRef.FILE_ID_BYTES <= all.length; at += FileRef.FILE_ID_BYTES) {
                    ids.add(java.util.Arrays.copyOfRange(all, at, at + FileRef.FILE_ID_BYTES));
                }
                return ids;
            } catch (CryptoException e) {
                throw corrupt();
            }
        }
    }

    /** Marks an incoming file wanted (downloaded at the next round). */
    void want(Connection c, long id) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE file_transfer SET wanted = 1 WHERE id = ?")) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }

    /** Ends a transfer, or notes why it waits, with a reason users may read. */
    void reason(Connection c, long id, FileState state, String reason) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE file_transfer SET state = ?, reason = ? WHERE id = ?")) {
            update.setInt(1, state.code());
            update.setString(2, reason);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    /** A download whose hash did not match starts over; how many attempts ended so. */
    int restart(Connection c, long id) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE file_transfer SET done = ?, done_count = 0,"
                + " attempts = attempts + 1 WHERE id = ? RETURNING attempts")) {
            update.setBytes(1, new byte[0]);
            update.setLong(2, id);
            try (ResultSet row = update.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    /** Records a message that waits for its files: to {@code contactId}, or to the group {@code groupRow}. */
    void insertWaiting(Connection c, byte[] messageId, long contactId, long groupRow, String text, long now)
            throws SQLException {
        long id = RandomRowIds.next();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO file_message (id, message_id, contact_id,"
                + " group_row, content, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setBytes(2, messageId);
            if (contactId == 0) {
                insert.setNull(3, Types.INTEGER);
            } else {
                insert.setLong(3, contactId);
            }
            insert.setLong(4, groupRow);
            insert.setBytes(5, cipher.seal(waitingContext(id), text.getBytes(StandardCharsets.UTF_8)));
            insert.setLong(6, now);
            insert.executeUpdate();
        }
    }

    /** The waiting message {@code messageId}, if it still waits. */
    Optional<WaitingMessage> waiting(Connection c, byte[] messageId) throws SQLException, DatabaseException {
        try (PreparedStatement select = c.prepareStatement("SELECT id, message_id, contact_id, group_row, content"
                + " FROM file_message WHERE message_id = ?")) {
            select.setBytes(1, messageId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long id = row.getLong(1);
                try {
                    return Optional.of(new WaitingMessage(id, row.getBytes(2), row.getLong(3), row.getLong(4),
                            new String(cipher.open(waitingContext(id), row.getBytes(5)), StandardCharsets.UTF_8)));
                } catch (CryptoException e) {
                    throw corrupt();
                }
            }
        }
    }

    void deleteWaiting(Connection c, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM file_message WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** A numeric setting, if set. */
    OptionalLong setting(Connection c, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT value FROM file_setting WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    void setSetting(Connection c, String name, long value) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO file_setting (name, value) VALUES (?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, name);
            upsert.setLong(2, value);
            upsert.executeUpdate();
        }
    }

    private List<FileRow> select(Connection c, String where, long... parameters) throws SQLException, DatabaseException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM file_transfer " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setLong(i + 1, parameters[i]);
            }
            return rows(select);
        }
    }

    private List<FileRow> rows(PreparedStatement select) throws SQLException, DatabaseException {
        List<FileRow> rows = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                long id = row.getLong(1);
                FileState state = FileState.fromCode(row.getInt(5)).orElseThrow(FileStore::corrupt);
                rows.add(new FileRow(id, row.getInt(2) == 1, row.getLong(3), row.getBytes(4), state, row.getInt(6),
                        BitSet.valueOf(row.getBytes(7)), row.getInt(8) == 1, row.getInt(9), openRef(id, row.getBytes(10)),
                        Optional.ofNullable(row.getString(11))));
            }
        }
        return rows;
    }

    private byte[] sealRef(long id, FileRef ref) {
        return cipher.seal(refContext(id), REFS.encode(ref));
    }

    private FileRef openRef(long id, byte[] sealed) throws DatabaseException {
        try {
            return REFS.decode(cipher.open(refContext(id), sealed), FileRef.class);
        } catch (CryptoException | DecodeException e) {
            throw corrupt();
        }
    }

    private static String refContext(long id) {
        return "file_transfer.ref:" + id;
    }

    private static String depositsContext(long id) {
        return "file_transfer.deposits:" + id;
    }

    private static String waitingContext(long id) {
        return "file_message.content:" + id;
    }

    private static DatabaseException corrupt() {
        return new DatabaseException(DatabaseException.Reason.CORRUPT,
                "a stored file cannot be opened: wrong storage key or damaged store");
    }
}

package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.FetchId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the relay's two tables ({@link RelaySchema}), over one connection inside one
 * transaction. Statements are prepared once per instance and reused, because the writer
 * runs hundreds of deposits through one instance per group commit.
 *
 * <p>Not thread-safe; lives as long as the transaction that created it.
 */
final class RelayTables implements AutoCloseable {
    private static final String MAILBOX_COLUMNS = "SELECT id, mailbox_key, sender_key FROM relay_mailbox";

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    RelayTables(Connection connection) {
        this.connection = connection;
    }

    /** Inserts a mailbox and returns its row id. */
    long insertMailbox(FetchId fetchId, DepositId depositId, byte[] mailboxKey) throws SQLException {
        PreparedStatement s = statement(
                "INSERT INTO relay_mailbox(fetch_id, deposit_id, mailbox_key) VALUES (?, ?, ?) RETURNING id");
        s.setBytes(1, fetchId.bytes());
        s.setBytes(2, depositId.bytes());
        s.setBytes(3, mailboxKey);
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The mailbox whose fetch id is {@code fetchId}, or null. */
    MailboxRow mailboxByFetch(FetchId fetchId) throws SQLException {
        return mailbox(MAILBOX_COLUMNS + " WHERE fetch_id = ?", fetchId.bytes());
    }

    /** The mailbox whose deposit id is {@code depositId}, or null. */
    MailboxRow mailboxByDeposit(DepositId depositId) throws SQLException {
        return mailbox(MAILBOX_COLUMNS + " WHERE deposit_id = ?", depositId.bytes());
    }

    void lockMailbox(long mailbox, byte[] senderKey) throws SQLException {
        PreparedStatement s = statement("UPDATE relay_mailbox SET sender_key = ? WHERE id = ?");
        s.setBytes(1, senderKey);
        s.setLong(2, mailbox);
        s.executeUpdate();
    }

    /** Deletes the mailbox; its blocks go with it (foreign key cascade). */
    void deleteMailbox(long mailbox) throws SQLException {
        PreparedStatement s = statement("DELETE FROM relay_mailbox WHERE id = ?");
        s.setLong(1, mailbox);
        s.executeUpdate();
    }

    /** Stores a block unless the mailbox already holds one with this id; its seq, or -1 if it was a repeat. */
    long insertBlock(long mailbox, BlockId blockId, long arrivalHour, byte[] data) throws SQLException {
        PreparedStatement s = statement("INSERT OR IGNORE INTO relay_block(mailbox, block_id, arrival_hour, data)"
                + " VALUES (?, ?, ?, ?) RETURNING seq");
        s.setLong(1, mailbox);
        s.setBytes(2, blockId.bytes());
        s.setLong(3, arrivalHour);
        s.setBytes(4, data);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** Whether the mailbox holds a block with this id. */
    boolean holdsBlock(long mailbox, BlockId blockId) throws SQLException {
        PreparedStatement s = statement("SELECT 1 FROM relay_block WHERE mailbox = ? AND block_id = ?");
        s.setLong(1, mailbox);
        s.setBytes(2, blockId.bytes());
        try (ResultSet rs = s.executeQuery()) {
            return rs.next();
        }
    }

    int countBlocks(long mailbox) throws SQLException {
        PreparedStatement s = statement("SELECT count(*) FROM relay_block WHERE mailbox = ?");
        s.setLong(1, mailbox);
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Every block the relay holds, in all mailboxes. */
    long countAllBlocks() throws SQLException {
        PreparedStatement s = statement("SELECT count(*) FROM relay_block");
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Deletes the listed blocks of the mailbox; returns how many existed. */
    int deleteBlocks(long mailbox, List<BlockId> blockIds) throws SQLException {
        PreparedStatement s = statement("DELETE FROM relay_block WHERE mailbox = ? AND block_id = ?");
        int deleted = 0;
        for (BlockId id : blockIds) {
            s.setLong(1, mailbox);
            s.setBytes(2, id.bytes());
            deleted += s.executeUpdate();
        }
        return deleted;
    }

    /** Up to {@code limit} blocks of the mailbox after {@code afterSeq}, oldest first. */
    List<StoredBlock> blocksAfter(long mailbox, long afterSeq, int limit) throws SQLException {
        PreparedStatement s = statement("SELECT seq, block_id, data FROM relay_block"
                + " WHERE mailbox = ? AND seq > ? ORDER BY seq LIMIT ?");
        s.setLong(1, mailbox);
        s.setLong(2, afterSeq);
        s.setInt(3, limit);
        List<StoredBlock> blocks = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                blocks.add(new StoredBlock(rs.getLong(1), BlockId.of(rs.getBytes(2)), rs.getBytes(3)));
            }
        }
        return blocks;
    }

    /**
     * The blocks of the mailbox among {@code blockIds}, in the order of {@code blockIds}
     * (each once); ids the mailbox does not hold are skipped. One query, on the unique
     * (mailbox, block_id) index.
     */
    List<StoredBlock> blocksById(long mailbox, List<BlockId> blockIds) throws SQLException {
        PreparedStatement s = statement("SELECT seq, block_id, data FROM relay_block"
                + " WHERE mailbox = ? AND block_id IN (" + String.join(", ", Collections.nCopies(blockIds.size(), "?"))
                + ")");
        s.setLong(1, mailbox);
        for (int i = 0; i < blockIds.size(); i++) {
            s.setBytes(2 + i, blockIds.get(i).bytes());
        }
        Map<BlockId, StoredBlock> found = new HashMap<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                BlockId id = BlockId.of(rs.getBytes(2));
                found.put(id, new StoredBlock(rs.getLong(1), id, rs.getBytes(3)));
            }
        }
        List<StoredBlock> blocks = new ArrayList<>(found.size());
        for (BlockId id : blockIds) {
            StoredBlock block = found.remove(id);
            if (block != null) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    /** Deletes every block that arrived before {@code hour}; returns how many. */
    int expireBefore(long hour) throws SQLException {
        PreparedStatement s = statement("DELETE FROM relay_block WHERE arrival_hour < ?");
        s.setLong(1, hour);
        return s.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement s : prepared.values()) {
            try {
                s.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        prepared.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private MailboxRow mailbox(String sql, byte[] key) throws SQLException {
        PreparedStatement s = statement(sql);
        s.setBytes(1, key);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? new MailboxRow(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)) : null;
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement s = prepared.get(sql);
        if (s == null) {
            s = connection.prepareStatement(sql);
            prepared.put(sql, s);
        }
        return s;
    }
}

package app.pli.identity.group;

import app.pli.core.codec.DecodeException;
import app.pli.core.codec.SafeCodec;
import app.pli.core.crypto.AuthenticationException;
import app.pli.core.db.DatabaseException;
import app.pli.core.db.RandomRowIds;
import app.pli.core.vault.ColumnCipher;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes the {@link GroupSchema} tables in the caller's transaction. The group's
 * record (codec id {@value #RECORD_ID}) and each version are sealed by the column cipher,
 * bound to their row.
 */
final class GroupStore {
    static final int RECORD_ID = 485;

    /**
     * A group as this profile keeps it.
     *
     * @param invitedBy the contact who invited this profile (0 for a group it created)
     * @param checkpoint the hash of the version this profile joined from (its first)
     */
    record GroupRecord(byte[] groupId, GroupStatus status, long invitedBy, byte[] checkpoint) {
        GroupRecord {
            Objects.requireNonNull(status, "status");
            if (groupId == null || groupId.length != GroupConstants.ID_BYTES || checkpoint == null
                    || checkpoint.length != 32) {
                throw new IllegalArgumentException("incomplete group record");
            }
        }

        GroupRecord with(GroupStatus newStatus) {
            return new GroupRecord(groupId, newStatus, invitedBy, checkpoint);
        }
    }

    /**
     * This profile's last text to a group, kept apart from the group's record so a send does
     * not look like a change of the group to the change marks.
     *
     * @param lastSentAt its send time (epoch ms), 0 before the first
     * @param lastSequence its sequence number, 0 before the first
     */
    record SendCounter(long lastSentAt, long lastSequence) {
        static final SendCounter NONE = new SendCounter(0, 0);

        /** The counter after sending a text at {@code nowMillis}: times strictly increase, sequences count up. */
        SendCounter next(long nowMillis) {
            return new SendCounter(Math.max(nowMillis, lastSentAt + 1), lastSequence + 1);
        }
    }

    /** One row: its id and record. */
    record Row(long id, GroupRecord record) {
        Row with(GroupStatus status) {
            return new Row(id, record.with(status));
        }

        Row with(GroupRecord newRecord) {
            return new Row(id, newRecord);
        }
    }

    private static final SafeCodec CODEC = SafeCodec.builder()
            .register(RECORD_ID, GroupRecord.class)
            .maxFrameBytes(1024)
            .maxDepth(1)
            .build();

    private final ColumnCipher cipher;

    GroupStore(ColumnCipher cipher) {
        this.cipher = cipher;
    }

    Row insert(Connection c, GroupRecord record) throws SQLException {
        long id = RandomRowIds.next();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO member_group (id, record) VALUES (?, ?)")) {
            insert.setLong(1, id);
            insert.setBytes(2, cipher.seal(context("record", id), CODEC.encode(record)));
            insert.executeUpdate();
        }
        return new Row(id, record);
    }

    void update(Connection c, Row row) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE member_group SET record = ? WHERE id = ?")) {
            update.setBytes(1, cipher.seal(context("record", row.id()), CODEC.encode(row.record())));
            update.setLong(2, row.id());
            update.executeUpdate();
        }
    }

    List<Row> all(Connection c) throws SQLException, DatabaseException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, record FROM member_group");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                long id = result.getLong(1);
                rows.add(new Row(id, open(context("record", id), result.getBytes(2))));
            }
        }
        return rows;
    }

    Optional<Row> find(Connection c, long id) throws SQLException, DatabaseException {
        for (Row row : all(c)) {
            if (row.id() == id) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    SendCounter sendCounter(Connection c, long groupRow) throws SQLException, DatabaseException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT record FROM group_send_counter WHERE group_row = ?")) {
            select.setLong(1, groupRow);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return SendCounter.NONE;
                }
                ByteBuffer counter = ByteBuffer.wrap(cipher.open(counterContext(groupRow), row.getBytes(1)));
                if (counter.remaining() != 2 * Long.BYTES) {
                    throw corrupt();
                }
                return new SendCounter(counter.getLong(), counter.getLong());
            } catch (AuthenticationException e) {
                throw corrupt();
            }
        }
    }

    void saveSendCounter(Connection c, long groupRow, SendCounter counter) throws SQLException {
        byte[] plain = ByteBuffer.allocate(2 * Long.BYTES).putLong(counter.lastSentAt())
                .putLong(counter.lastSequence()).array();
        try (PreparedStatement upsert = c.prepareStatement(
                "INSERT OR REPLACE INTO group_send_counter (group_row, record) VALUES (?, ?)")) {
            upsert.setLong(1, groupRow);
            upsert.setBytes(2, cipher.seal(counterContext(groupRow), plain));
            upsert.executeUpdate();
        }
    }

    private static String counterContext(long groupRow) {
        return "group_send_counter.record:" + groupRow;
    }

    void addVersion(Connection c, long groupRow, GroupVersion version) throws SQLException {
        long id = RandomRowIds.next();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO group_version (id, group_row, data) VALUES (?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, groupRow);
            insert.setBytes(3, cipher.seal("group_version.data:" + id, GroupVersionCodec.encode(version)));
            insert.executeUpdate();
        }
    }

    List<GroupVersion> versions(Connection c, long groupRow) throws SQLException, DatabaseException {
        List<GroupVersion> versions = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, data FROM group_version WHERE group_row = ?")) {
            select.setLong(1, groupRow);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    long id = result.getLong(1);
                    try {
                        versions.add(GroupVersionCodec.decode(cipher.open("group_version.data:" + id,
                                result.getBytes(2))));
                    } catch (AuthenticationException | GroupException e) {
                        throw corrupt();
                    }
                }
            }
        }
        return versions;
    }

    void tagOffer(Connection c, long offerRow, long groupRow) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT OR IGNORE INTO group_offer (offer_row, group_row) VALUES (?, ?)")) {
            insert.setLong(1, offerRow);
            insert.setLong(2, groupRow);
            insert.executeUpdate();
        }
    }

    Optional<Long> offerGroup(Connection c, long offerRow) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT group_row FROM group_offer WHERE offer_row = ?")) {
            select.setLong(1, offerRow);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(result.getLong(1)) : Optional.empty();
            }
        }
    }

    Set<Long> groupOnlyContacts(Connection c) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement select = c.prepareStatement("SELECT o.contact_id FROM offer o"
                + " JOIN group_offer g ON g.offer_row = o.id WHERE o.contact_id IS NOT NULL");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                ids.add(result.getLong(1));
            }
        }
        return ids;
    }

    void showContact(Connection c, long contactId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM group_offer WHERE offer_row IN (SELECT id FROM offer WHERE contact_id = ?)")) {
            delete.setLong(1, contactId);
            delete.executeUpdate();
        }
    }

    private GroupRecord open(String context, byte[] sealed) throws DatabaseException {
        try {
            return CODEC.decode(cipher.open(context, sealed), GroupRecord.class);
        } catch (AuthenticationException | DecodeException | IllegalArgumentException e) {
            throw corrupt();
        }
    }

    private static String context(String column, long id) {
        return "member_group." + column + ":" + id;
    }

    private static DatabaseException corrupt() {
        return new DatabaseException(DatabaseException.Reason.CORRUPT,
                "a stored group cannot be opened: wrong storage key or damaged store");
    }
}

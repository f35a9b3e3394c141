package app.pli.identity.offer;

import app.pli.core.codec.DecodeException;
import app.pli.core.codec.SafeCodec;
import app.pli.core.crypto.AuthenticationException;
import app.pli.core.db.DatabaseException;
import app.pli.core.db.RandomRowIds;
import app.pli.core.vault.ColumnCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes rows of the {@code offer} table in the caller's transaction. The record
 * and the outcome are {@link SafeCodec} frames sealed by the column cipher, bound to their
 * row; they are decoded only after the cipher opened them.
 */
final class OfferStore {
    static final int RECORD_ID = 460;
    static final int PENDING_ID = 461;
    static final int HELLO_ID = 462;
    static final int OUTCOME_ID = 463;

    /** One row: its id, the introducer and the contact it made (null when none), the record. */
    record Row(long id, Long introducerId, Long contactId, OfferRecord record) {
        Row with(Long newContactId, OfferRecord newRecord) {
            return new Row(id, introducerId, newContactId, newRecord);
        }
    }

    private static final SafeCodec CODEC = SafeCodec.builder()
            .register(RECORD_ID, OfferRecord.class)
            .register(PENDING_ID, OfferRecord.Pending.class)
            .register(HELLO_ID, OfferRecord.KeptHello.class)
            .register(OUTCOME_ID, OfferOutcome.class)
            .maxFrameBytes(16 * 1024)
            .maxDepth(2)
            .build();
    private static final String SELECT = "SELECT id, introducer_id, contact_id, record FROM offer";

    private final ColumnCipher cipher;

    OfferStore(ColumnCipher cipher) {
        this.cipher = cipher;
    }

    Row insert(Connection c, long introducerId, OfferRecord record) throws SQLException {
        Row row = new Row(RandomRowIds.next(), introducerId, null, record);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO offer (id, introducer_id, contact_id, record) VALUES (?, ?, NULL, ?)")) {
            insert.setLong(1, row.id());
            insert.setLong(2, introducerId);
            insert.setBytes(3, seal(row.id(), record));
            insert.executeUpdate();
        }
        return row;
    }

    void update(Connection c, Row row) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE offer SET contact_id = ?, record = ? WHERE id = ?")) {
            if (row.contactId() == null) {
                update.setNull(1, Types.INTEGER);
            } else {
                update.setLong(1, row.contactId());
            }
            update.setBytes(2, seal(row.id(), row.record()));
            update.setLong(3, row.id());
            if (update.executeUpdate() != 1) {
                throw new SQLException("offer row vanished inside its own transaction");
            }
        }
    }

    Optional<Row> find(Connection c, long id) throws SQLException, DatabaseException {
        return first(c, SELECT + " WHERE id = ?", id);
    }

    Optional<Row> findByContact(Connection c, long contactId) throws SQLException, DatabaseException {
        return first(c, SELECT + " WHERE contact_id = ?", contactId);
    }

    List<Row> all(Connection c) throws SQLException, DatabaseException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(SELECT); ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(read(result));
            }
        }
        return rows;
    }

    void saveOutcome(Connection c, long id, OfferOutcome outcome) throws SQLException {
        setOutcome(c, id, cipher.seal(context("outcome", id), CODEC.encode(outcome)));
    }

    void clearOutcome(Connection c, long id) throws SQLException {
        setOutcome(c, id, null);
    }

    Optional<OfferOutcome> outcome(Connection c, long id) throws SQLException, DatabaseException {
        try (PreparedStatement select = c.prepareStatement("SELECT outcome FROM offer WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet result = select.executeQuery()) {
                byte[] sealed = result.next() ? result.getBytes(1) : null;
                return sealed == null ? Optional.empty()
                        : Optional.of(open(context("outcome", id), sealed, OfferOutcome.class));
            }
        }
    }

    private byte[] seal(long id, OfferRecord record) {
        return cipher.seal(context("record", id), CODEC.encode(record));
    }

    private Optional<Row> first(Connection c, String sql, long key) throws SQLException, DatabaseException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, key);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(read(result)) : Optional.empty();
            }
        }
    }

    private Row read(ResultSet result) throws SQLException, DatabaseException {
        long id = result.getLong(1);
        long introducer = result.getLong(2);
        Long introducerId = result.wasNull() ? null : introducer;
        long contact = result.getLong(3);
        Long contactId = result.wasNull() ? null : contact;
        return new Row(id, introducerId, contactId, open(context("record", id), result.getBytes(4),
                OfferRecord.class));
    }

    private <T> T open(String context, byte[] sealed, Class<T> type) throws DatabaseException {
        try {
            return CODEC.decode(cipher.open(context, sealed), type);
        } catch (AuthenticationException | DecodeException | IllegalArgumentException e) {
            throw new DatabaseException(DatabaseException.Reason.CORRUPT,
                    "a stored offer cannot be opened: wrong storage key or damaged store");
        }
    }

    private void setOutcome(Connection c, long id, byte[] sealed) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE offer SET outcome = ? WHERE id = ?")) {
            update.setBytes(1, sealed);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static String context(String column, long id) {
        return "offer." + column + ":" + id;
    }
}

package app.pli.identity.intro;

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
 * Reads and writes rows of the {@code introduction} table in the caller's transaction. The
 * record and the outcome are {@link SafeCodec} frames sealed by the column cipher; they are
 * decoded only after the cipher opened them.
 */
final class IntroductionStore {
    static final int RECORD_ID = 450;
    static final int PENDING_ID = 451;
    static final int CHECK_ID = 452;
    static final int OUTCOME_ID = 453;

    private static final SafeCodec CODEC = SafeCodec.builder()
            .register(RECORD_ID, IntroductionRecord.class)
            .register(PENDING_ID, IntroductionRecord.Pending.class)
            .register(CHECK_ID, IntroductionRecord.Check.class)
            .register(OUTCOME_ID, StoredOutcome.class)
            .maxFrameBytes(16 * 1024)
            .maxDepth(2)
            .build();
    private static final String SELECT = "SELECT id, contact_id, record, failure FROM introduction";

    private final ColumnCipher cipher;

    IntroductionStore(ColumnCipher cipher) {
        this.cipher = cipher;
    }

    StoredIntroduction insert(Connection c, Long contactId, IntroductionRecord record) throws SQLException {
        StoredIntroduction row = new StoredIntroduction(RandomRowIds.next(), contactId, record, null);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO introduction (id, contact_id, record) VALUES (?, ?, ?)")) {
            insert.setLong(1, row.id());
            setContact(insert, 2, contactId);
            insert.setBytes(3, cipher.seal(context("record", row.id()), CODEC.encode(record)));
            insert.executeUpdate();
        }
        return row;
    }

    void update(Connection c, StoredIntroduction row) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE introduction SET contact_id = ?, record = ? WHERE id = ?")) {
            setContact(update, 1, row.contactId());
            update.setBytes(2, cipher.seal(context("record", row.id()), CODEC.encode(row.record())));
            update.setLong(3, row.id());
            if (update.executeUpdate() != 1) {
                throw new SQLException("introduction row vanished inside its own transaction");
            }
        }
    }

    Optional<StoredIntroduction> find(Connection c, long id) throws SQLException, DatabaseException {
        return first(c, SELECT + " WHERE id = ?", id);
    }

    Optional<StoredIntroduction> findByContact(Connection c, long contactId) throws SQLException, DatabaseException {
        return first(c, SELECT + " WHERE contact_id = ?", contactId);
    }

    List<StoredIntroduction> all(Connection c) throws SQLException, DatabaseException {
        List<StoredIntroduction> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(SELECT); ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(read(result));
            }
        }
        return rows;
    }

    /** Records why introduction {@code id} failed, beside its FAILED record. */
    void saveFailure(Connection c, long id, IntroductionFailure failure) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE introduction SET failure = ? WHERE id = ?")) {
            update.setBytes(1, cipher.seal(context("failure", id), new byte[] {failure.code()}));
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    void saveOutcome(Connection c, long id, StoredOutcome outcome) throws SQLException {
        setOutcome(c, id, cipher.seal(context("outcome", id), CODEC.encode(outcome)));
    }

    void clearOutcome(Connection c, long id) throws SQLException {
        setOutcome(c, id, null);
    }

    Optional<StoredOutcome> outcome(Connection c, long id) throws SQLException, DatabaseException {
        try (PreparedStatement select = c.prepareStatement("SELECT outcome FROM introduction WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet result = select.executeQuery()) {
                byte[] sealed = result.next() ? result.getBytes(1) : null;
                return sealed == null ? Optional.empty()
                        : Optional.of(open(context("outcome", id), sealed, StoredOutcome.class));
            }
        }
    }

    private Optional<StoredIntroduction> first(Connection c, String sql, long key)
            throws SQLException, DatabaseException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, key);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(read(result)) : Optional.empty();
            }
        }
    }

    private StoredIntroduction read(ResultSet result) throws SQLException, DatabaseException {
        long id = result.getLong(1);
        long contact = result.getLong(2);
        Long contactId = result.wasNull() ? null : contact;
        return new StoredIntroduction(id, contactId,
                open(context("record", id), result.getBytes(3), IntroductionRecord.class),
                failure(id, result.getBytes(4)));
    }

    private IntroductionFailure failure(long id, byte[] sealed) throws DatabaseException {
        if (sealed == null) {
            return null;
        }
        try {
            byte[] code = cipher.open(context("failure", id), sealed);
            if (code.length == 1) {
                Optional<IntroductionFailure> failure = IntroductionFailure.fromCode(code[0]);
                if (failure.isPresent()) {
                    return failure.get();
                }
            }
        } catch (AuthenticationException e) {
            // Reported below like any other value that does not open.
        }
        throw new DatabaseException(DatabaseException.Reason.CORRUPT,
                "a stored introduction cannot be opened: wrong storage key or damaged store");
    }

    private <T> T open(String context, byte[] sealed, Class<T> type) throws DatabaseException {
        try {
            return CODEC.decode(cipher.open(context, sealed), type);
        } catch (AuthenticationException | DecodeException e) {
            throw new DatabaseException(DatabaseException.Reason.CORRUPT,
                    "a stored introduction cannot be opened: wrong storage key or damaged store");
        }
    }

    private void setOutcome(Connection c, long id, byte[] sealed) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE introduction SET outcome = ? WHERE id = ?")) {
            update.setBytes(1, sealed);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static void setContact(PreparedStatement statement, int index, Long contactId) throws SQLException {
        if (contactId == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, contactId);
        }
    }

    private static String context(String column, long id) {
        return "introduction." + column + ":" + id;
    }
}

package app.pli.messenger.conversation;

import app.pli.core.crypto.CryptoException;
import app.pli.core.db.DatabaseException;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.messenger.envelope.RelationshipKeys;
import app.pli.messenger.session.RatchetException;
import app.pli.messenger.session.RatchetSession;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads and writes {@code session} rows inside the caller's transaction. The keys, the
 * ratchet state and the counters are sealed, each bound to its contact id and column, so a
 * row cannot be moved to another contact. Thread-safe (it keeps no state).
 */
public final class SessionStore {
    private static final String COLUMNS = "contact_id, inbox_id, inbox_lock, keys, ratchet, counters";

    private final ColumnCipher cipher;

    public SessionStore(ColumnCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    public Optional<SessionRecord> find(Connection c, long contactId) throws SQLException, PliException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM session WHERE contact_id = ?")) {
            select.setLong(1, contactId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(open(row)) : Optional.empty();
            }
        }
    }

    public List<SessionRecord> all(Connection c) throws SQLException, PliException {
        List<SessionRecord> sessions = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM session");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                sessions.add(open(rows));
            }
        }
        return sessions;
    }

    public void insert(Connection c, SessionRecord session) throws SQLException {
        long id = session.contactId();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO session (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            if (session.inboxId().isPresent()) {
                insert.setLong(2, session.inboxId().getAsLong());
            } else {
                insert.setNull(2, java.sql.Types.INTEGER);
            }
            insert.setInt(3, session.lock().code());
            insert.setBytes(4, cipher.seal(context("keys", id), session.keys().toBytes()));
            insert.setBytes(5, cipher.seal(context("ratchet", id), session.ratchet().toBytes()));
            insert.setBytes(6, cipher.seal(context("counters", id), counters(session.counters())));
            insert.executeUpdate();
        }
    }

    /** Writes back the ratchet state and the counters. */
    public void update(Connection c, SessionRecord session) throws SQLException {
        long id = session.contactId();
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE session SET ratchet = ?, counters = ? WHERE contact_id = ?")) {
            update.setBytes(1, cipher.seal(context("ratchet", id), session.ratchet().toBytes()));
            update.setBytes(2, cipher.seal(context("counters", id), counters(session.counters())));
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    public void setLock(Connection c, long contactId, InboxLock lock) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE session SET inbox_lock = ? WHERE contact_id = ?")) {
            update.setInt(1, lock.code());
            update.setLong(2, contactId);
            update.executeUpdate();
        }
    }

    private SessionRecord open(ResultSet row) throws SQLException, PliException {
        long id = row.getLong(1);
        long inbox = row.getLong(2);
        OptionalLong inboxId = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(inbox);
        InboxLock lock = InboxLock.fromCode(row.getInt(3));
        try {
            RelationshipKeys keys = RelationshipKeys.fromBytes(cipher.open(context("keys", id), row.getBytes(4)));
            // The time only stamps a v1 state's skipped keys; no Clock here, and a migration stamp needs none.
            RatchetSession ratchet = RatchetSession.fromBytes(cipher.open(context("ratchet", id), row.getBytes(5)),
                    Instant.now());
            byte[] counterBytes = cipher.open(context("counters", id), row.getBytes(6));
            if (counterBytes.length != 2 * Long.BYTES) {
                throw corrupt();
            }
            ByteBuffer counters = ByteBuffer.wrap(counterBytes);
            return new SessionRecord(id, inboxId, lock, keys, ratchet,
                    new SendCounters(counters.getLong(), counters.getLong()));
        } catch (CryptoException | RatchetException e) {
            throw corrupt();
        }
    }

    private static byte[] counters(SendCounters counters) {
        return ByteBuffer.allocate(2 * Long.BYTES).putLong(counters.lastSequence()).putLong(counters.lastSentAt())
                .array();
    }

    private static String context(String column, long contactId) {
        return "session." + column + ":" + contactId;
    }

    private static DatabaseException corrupt() {
        return new DatabaseException(DatabaseException.Reason.CORRUPT,
                "a stored session cannot be opened: wrong storage key or damaged store");
    }
}

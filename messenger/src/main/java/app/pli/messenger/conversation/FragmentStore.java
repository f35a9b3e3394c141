package app.pli.messenger.conversation;

import app.pli.core.crypto.CryptoException;
import app.pli.core.db.DatabaseException;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.messenger.envelope.Fragment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the opened blocks of envelopes that are not complete yet, inside the caller's
 * transaction. Bounded: at most {@link #MAX_PENDING_BLOCKS} blocks per contact (the oldest
 * envelopes go first), and blocks older than the relay's TTL are dropped. Thread-safe.
 */
public final class FragmentStore {
    /** Most stored blocks per contact: a few large messages in flight. */
    static final int MAX_PENDING_BLOCKS = 256;

    private final ColumnCipher cipher;

    public FragmentStore(ColumnCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /**
     * Adds one block (a repeat changes nothing) and returns the whole envelope once every
     * block is there, removing it from the store; else an empty list.
     */
    public List<Fragment> add(Connection c, long contactId, Fragment fragment, long arrivalHour)
            throws SQLException, PliException {
        byte[] envelopeId = fragment.envelopeId();
        try (PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO fragment"
                + " (contact_id, envelope_id, idx, total, arrival_hour, chunk) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, contactId);
            insert.setBytes(2, envelopeId);
            insert.setInt(3, fragment.index());
            insert.setInt(4, fragment.count());
            insert.setLong(5, arrivalHour);
            insert.setBytes(6, cipher.seal(context(contactId, envelopeId, fragment.index()), fragment.chunk()));
            insert.executeUpdate();
        }
        List<Fragment> stored = envelope(c, contactId, envelopeId);
        if (stored.size() < fragment.count()) {
            trim(c, contactId);
            return List.of();
        }
        delete(c, contactId, envelopeId);
        return stored;
    }

    /** Drops blocks that arrived before {@code hour}. */
    public int expire(Connection c, long hour) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM fragment WHERE arrival_hour < ?")) {
            delete.setLong(1, hour);
            return delete.executeUpdate();
        }
    }

    private List<Fragment> envelope(Connection c, long contactId, byte[] envelopeId)
            throws SQLException, PliException {
        List<Fragment> fragments = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT idx, total, chunk FROM fragment"
                + " WHERE contact_id = ? AND envelope_id = ? ORDER BY idx")) {
            select.setLong(1, contactId);
            select.setBytes(2, envelopeId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int index = rows.getInt(1);
                    byte[] chunk;
                    try {
                        chunk = cipher.open(context(contactId, envelopeId, index), rows.getBytes(3));
                        fragments.add(new Fragment(envelopeId, index, rows.getInt(2), chunk));
                    } catch (CryptoException | IllegalArgumentException e) {
                        throw new DatabaseException(DatabaseException.Reason.CORRUPT,
                                "a stored message part cannot be opened: wrong storage key or damaged store");
                    }
                }
            }
        }
        return fragments;
    }

    private void delete(Connection c, long contactId, byte[] envelopeId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM fragment WHERE contact_id = ? AND envelope_id = ?")) {
            delete.setLong(1, contactId);
            delete.setBytes(2, envelopeId);
            delete.executeUpdate();
        }
    }

    /** Keeps the contact's newest {@link #MAX_PENDING_BLOCKS} blocks. */
    private void trim(Connection c, long contactId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM fragment WHERE contact_id = ? AND rowid NOT IN"
                + " (SELECT rowid FROM fragment WHERE contact_id = ? ORDER BY arrival_hour DESC, rowid DESC LIMIT ?)")) {
            delete.setLong(1, contactId);
            delete.setLong(2, contactId);
            delete.setInt(3, MAX_PENDING_BLOCKS);
            delete.executeUpdate();
        }
    }

    private static String context(long contactId, byte[] envelopeId, int index) {
        return "fragment.chunk:" + contactId + ":" + HexFormat.of().formatHex(envelopeId) + ":" + index;
    }
}

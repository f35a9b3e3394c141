package app.pli.messenger.conversation;

import app.pli.core.codec.DecodeException;
import app.pli.core.codec.SafeCodec;
import app.pli.core.crypto.CryptoException;
import app.pli.core.db.DatabaseException;
import app.pli.core.db.RandomRowIds;
import app.pli.core.vault.ColumnCipher;
import app.pli.messenger.envelope.Payload;
import app.pli.messenger.envelope.PayloadCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code group_pending} table, in the caller's transaction: a group's payload for a
 * member this side has no session with yet, sealed (codec record {@value #RECORD_ID}: the
 * member's signing key and the encoded payload), until the group's introduction made one.
 */
final class PendingCopies {
    static final int RECORD_ID = 530;

    /** A payload waiting for the member whose signing key is {@code memberSigning}. */
    record PendingRecord(byte[] memberSigning, byte[] payload) {}

    /** One row. */
    record Pending(long id, long groupRow, byte[] memberSigning, Payload payload) {}

    private static final SafeCodec CODEC = SafeCodec.builder()
            .register(RECORD_ID, PendingRecord.class)
            .maxFrameBytes(PayloadCodec.MAX_PAYLOAD_BYTES + 256)
            .maxDepth(1)
            .build();

    private final ColumnCipher cipher;

    PendingCopies(ColumnCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    void add(Connection c, long groupRow, byte[] memberSigning, Payload payload) throws SQLException {
        long id = RandomRowIds.next();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO group_pending (id, group_row, entry) VALUES (?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, groupRow);
            insert.setBytes(3, cipher.seal(context(id), CODEC.encode(new PendingRecord(memberSigning.clone(),
                    PayloadCodec.encode(payload)))));
            insert.executeUpdate();
        }
    }

    /** Every pending payload; of one group if {@code groupRow} is not 0. */
    List<Pending> all(Connection c, long groupRow) throws SQLException, DatabaseException {
        List<Pending> pending = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, group_row, entry FROM group_pending"
                + (groupRow == 0 ? "" : " WHERE group_row = ?"))) {
            if (groupRow != 0) {
                select.setLong(1, groupRow);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    try {
                        PendingRecord record = CODEC.decode(cipher.open(context(id), rows.getBytes(3)),
                                PendingRecord.class);
                        pending.add(new Pending(id, rows.getLong(2), record.memberSigning(),
                                PayloadCodec.decode(record.payload())));
                    } catch (CryptoException | DecodeException | NullPointerException e) {
                        throw new DatabaseException(DatabaseException.Reason.CORRUPT,
                                "a pending group message cannot be opened: wrong storage key or damaged store");
                    }
                }
            }
        }
        return pending;
    }

    /** Whether anything is pending (cheap). */
    long count(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM group_pending");
                ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM group_pending WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    private static String context(long id) {
        return "group_pending.entry:" + id;
    }
}

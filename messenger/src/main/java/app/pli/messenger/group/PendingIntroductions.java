package app.pli.messenger.group;

import app.pli.core.crypto.CryptoException;
import app.pli.core.db.DatabaseException;
import app.pli.core.db.RandomRowIds;
import app.pli.core.vault.ColumnCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The {@code group_introduction} table ({@link GroupIntroductionSchema}), in the caller's
 * transaction. A row's pair is sealed: the two members' 32-byte signing keys.
 */
final class PendingIntroductions {
    private static final int KEY_BYTES = 32;

    /** Two members of the group of row {@code groupRow} to introduce, by signing key. */
    record Pair(long id, long groupRow, byte[] firstSigning, byte[] secondSigning) {}

    private final ColumnCipher cipher;

    PendingIntroductions(ColumnCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    void add(Connection c, long groupRow, byte[] firstSigning, byte[] secondSigning) throws SQLException {
        long id = RandomRowIds.next();
        byte[] pair = new byte[2 * KEY_BYTES];
        System.arraycopy(firstSigning, 0, pair, 0, KEY_BYTES);
        System.arraycopy(secondSigning, 0, pair, KEY_BYTES, KEY_BYTES);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO group_introduction (id, group_row, pair) VALUES (?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, groupRow);
            insert.setBytes(3, cipher.seal(context(id), pair));
            insert.executeUpdate();
        }
    }

    List<Pair> all(Connection c) throws SQLException, DatabaseException {
        List<Pair> pairs = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, group_row, pair FROM group_introduction");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                byte[] pair;
                try {
                    pair = cipher.open(context(id), rows.getBytes(3));
                } catch (CryptoException e) {
                    pair = null;
                }
                if (pair == null || pair.length != 2 * KEY_BYTES) {
                    throw new DatabaseException(DatabaseException.Reason.CORRUPT,
                            "a group introduction cannot be opened: wrong storage key or damaged store");
                }
                pairs.add(new Pair(id, rows.getLong(2), Arrays.copyOfRange(pair, 0, KEY_BYTES),
                        Arrays.copyOfRange(pair, KEY_BYTES, 2 * KEY_BYTES)));
            }
        }
        return pairs;
    }

    long count(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM group_introduction");
                ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    /** Deletes the row; whether it was still there. */
    boolean delete(Connection c, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM group_introduction WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() == 1;
        }
    }

    private static String context(long id) {
        return "group_introduction.pair:" + id;
    }
}

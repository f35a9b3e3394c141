package app.pli.identity.contact;

import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Ed25519PublicKey;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.db.DatabaseException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.keys.IdentityPublicKeys;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Seals a {@link Contact} into the columns of its row and opens it again. Each value is
 * bound to its column and row id, so a value moved elsewhere does not open. A value that
 * does not open is reported as a corrupt store (wrong storage key or damaged file).
 */
final class ContactRows {
    /** Columns in the order {@link #bind} sets them, after the id. */
    static final String COLUMNS = "name, state, public_keys, route, code, introduced_by";

    private static final int KEYS_BYTES = 32 + 32 + 64;

    private final ColumnCipher cipher;

    ContactRows(ColumnCipher cipher) {
        this.cipher = cipher;
    }

    /** Sets parameters {@code first} .. {@code first + 5} to the sealed columns of {@code c}. */
    void bind(PreparedStatement statement, int first, Contact c) throws SQLException {
        long id = c.id();
        statement.setBytes(first, cipher.sealString(context("name", id), c.name()));
        statement.setBytes(first + 1, cipher.seal(context("state", id), new byte[] {c.state().storageCode()}));
        statement.setBytes(first + 2, c.keys() == null ? null : cipher.seal(context("public_keys", id), keyBytes(c.keys())));
        statement.setBytes(first + 3, c.route() == null ? null : cipher.seal(context("route", id), RouteBytes.encode(c.route())));
        statement.setBytes(first + 4, c.code() == null ? null : cipher.sealString(context("code", id), c.code()));
        statement.setBytes(first + 5, c.introducedBy() == null ? null
                : cipher.seal(context("introduced_by", id), ByteBuffer.allocate(8).putLong(c.introducedBy()).array()));
    }

    /** The contact in the current row of {@code rows}, which selected {@code id, } + {@link #COLUMNS}. */
    Contact read(ResultSet rows) throws SQLException, DatabaseException {
        long id = rows.getLong(1);
        try {
            String name = cipher.openString(context("name", id), rows.getBytes(2));
            byte[] stateCode = cipher.open(context("state", id), rows.getBytes(3));
            TrustState state = stateCode.length == 1 ? TrustState.fromStorageCode(stateCode[0]).orElse(null) : null;
            byte[] keys = openNullable("public_keys", id, rows.getBytes(4));
            byte[] route = openNullable("route", id, rows.getBytes(5));
            byte[] code = openNullable("code", id, rows.getBytes(6));
            byte[] introducedBy = openNullable("introduced_by", id, rows.getBytes(7));
            if (state == null || (introducedBy != null && introducedBy.length != 8)) {
                throw corrupt(id);
            }
            return new Contact(id, name, state, keys == null ? null : publicKeys(keys),
                    route == null ? null : RouteBytes.decode(route),
                    code == null ? null : new String(code, StandardCharsets.UTF_8),
                    introducedBy == null ? null : ByteBuffer.wrap(introducedBy).getLong());
        } catch (CryptoException | MalformedRouteException | IllegalArgumentException e) {
            throw corrupt(id);
        }
    }

    private byte[] openNullable(String column, long id, byte[] sealed) throws AuthenticationException {
        return sealed == null ? null : cipher.open(context(column, id), sealed);
    }

    static byte[] keyBytes(IdentityPublicKeys keys) {
        return ByteBuffer.allocate(KEYS_BYTES).put(keys.signing().bytes()).put(keys.agreement().bytes())
                .put(keys.binding()).array();
    }

    private static IdentityPublicKeys publicKeys(byte[] bytes) throws CryptoException {
        if (bytes.length != KEYS_BYTES) {
            throw new CryptoException("stored identity keys have the wrong length");
        }
        return IdentityPublicKeys.of(Ed25519PublicKey.of(Arrays.copyOfRange(bytes, 0, 32)),
                X25519PublicKey.of(Arrays.copyOfRange(bytes, 32, 64)), Arrays.copyOfRange(bytes, 64, KEYS_BYTES));
    }

    private static String context(String column, long id) {
        return "contact." + column + ":" + id;
    }

    private static DatabaseException corrupt(long id) {
        return new DatabaseException(DatabaseException.Reason.CORRUPT,
                "stored contact " + id + " cannot be opened: wrong storage key or damaged store");
    }
}

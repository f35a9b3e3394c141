package app.pli.identity.profile;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.core.crypto.Ed25519PrivateKey;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PrivateKey;
import app.pli.core.db.Database;
import app.pli.core.db.DatabaseException;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.contact.InvalidNameException;
import app.pli.identity.keys.IdentityKeyPair;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the one profile of a store in the {@link ProfileSchema} table.
 *
 * <p>Sealed columns: the display name, the two private keys (Ed25519 seed then X25519 key,
 * 64 bytes; the public keys and binding are derived again on load) and the relay address
 * (empty when none). Nothing about the profile is stored in clear. Thread-safe.
 */
public final class ProfileStore {
    private static final long ROW = 1;
    private static final int PRIVATE_KEYS_BYTES = Ed25519PrivateKey.BYTES + X25519PrivateKey.BYTES;

    private final Database database;
    private final ColumnCipher cipher;

    public ProfileStore(Database database, ColumnCipher cipher) {
        this.database = Objects.requireNonNull(database, "database");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** Creates the profile with fresh identity keys; see {@link #create(String, IdentityKeyPair, Optional)}. */
    public Profile create(String displayName, Optional<String> homeRelay) throws PliException {
        return create(displayName, IdentityKeyPair.generate(), homeRelay);
    }

    /**
     * Creates the profile.
     *
     * @throws ProfileExistsException if the store already holds a profile (left unchanged)
     * @throws InvalidNameException if the display name is not plain
     * @throws InvalidRelayAddressException if the relay address is malformed
     */
    public Profile create(String displayName, IdentityKeyPair keys, Optional<String> homeRelay) throws PliException {
        Profile profile = Profile.of(displayName, keys, homeRelay);
        return database.write(c -> {
            if (find(c).isPresent()) {
                throw new ProfileExistsException("a profile already exists in this home; it was not changed");
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO profile (id, name, private_keys, relay) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, ROW);
                insert.setBytes(2, cipher.sealString(context("name"), profile.displayName()));
                insert.setBytes(3, cipher.seal(context("private_keys"), privateKeyBytes(profile.keys())));
                insert.setBytes(4, sealRelay(profile));
                insert.executeUpdate();
            }
            return profile;
        });
    }

    /** The profile, if the store has one. */
    public Optional<Profile> find() throws PliException {
        return database.read(this::find);
    }

    /** The profile; {@link ProfileMissingException} when there is none. */
    public Profile load() throws PliException {
        return database.read(this::load);
    }

    /**
     * Sets or changes the home relay.
     *
     * @throws ProfileMissingException if there is no profile
     * @throws InvalidRelayAddressException if the address is malformed
     */
    public Profile setHomeRelay(String address) throws PliException {
        Profile.checkRelayAddress(address);
        return database.write(c -> {
            Profile updated = load(c).withHomeRelay(address);
            try (PreparedStatement update = c.prepareStatement("UPDATE profile SET relay = ? WHERE id = ?")) {
                update.setBytes(1, sealRelay(updated));
                update.setLong(2, ROW);
                update.executeUpdate();
            }
            return updated;
        });
    }

    /** The profile, read in the caller's transaction; {@link ProfileMissingException} when none. */
    public Profile load(Connection c) throws SQLException, PliException {
        return find(c).orElseThrow(() -> new ProfileMissingException("no profile here yet: run `pli init` first"));
    }

    /** The profile, if any, read in the caller's transaction. */
    public Optional<Profile> find(Connection c) throws SQLException, PliException {
        try (PreparedStatement select = c.prepareStatement("SELECT name, private_keys, relay FROM profile WHERE id = ?")) {
            select.setLong(1, ROW);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(open(row.getBytes(1), row.getBytes(2), row.getBytes(3)));
            }
        }
    }

    private Profile open(byte[] sealedName, byte[] sealedKeys, byte[] sealedRelay) throws DatabaseException {
        byte[] keys = null;
        try {
            String name = cipher.openString(context("name"), sealedName);
            keys = cipher.open(context("private_keys"), sealedKeys);
            String relay = cipher.openString(context("relay"), sealedRelay);
            if (keys.length != PRIVATE_KEYS_BYTES) {
                throw corrupt();
            }
            IdentityKeyPair pair = IdentityKeyPair.of(
                    Ed25519KeyPair.of(Ed25519PrivateKey.of(Arrays.copyOfRange(keys, 0, Ed25519PrivateKey.BYTES))),
                    X25519KeyPair.of(X25519PrivateKey.of(Arrays.copyOfRange(keys, Ed25519PrivateKey.BYTES,
                            PRIVATE_KEYS_BYTES))));
            return Profile.of(name, pair, relay.isEmpty() ? Optional.empty() : Optional.of(relay));
        } catch (CryptoException | InvalidNameException | InvalidRelayAddressException e) {
            throw corrupt();
        } finally {
            if (keys != null) {
                Arrays.fill(keys, (byte) 0);
            }
        }
    }

    private byte[] sealRelay(Profile profile) {
        return cipher.sealString(context("relay"), profile.homeRelay().orElse(""));
    }

    private static byte[] privateKeyBytes(IdentityKeyPair keys) {
        return ByteBuffer.allocate(PRIVATE_KEYS_BYTES).put(keys.signing().privateKey().bytes())
                .put(keys.agreement().privateKey().bytes()).array();
    }

    private static String context(String column) {
        return "profile." + column + ":" + ROW;
    }

    private static DatabaseException corrupt() {
        return new DatabaseException(DatabaseException.Reason.CORRUPT,
                "the stored profile cannot be opened: wrong storage key or damaged store");
    }
}

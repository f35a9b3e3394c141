package app.pli.messenger.mailbox;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.core.crypto.Ed25519PrivateKey;
import app.pli.core.db.Database;
import app.pli.core.db.DatabaseException;
import app.pli.core.db.RandomRowIds;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.transport.relay.client.MailboxCredentials;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.FetchId;
import app.pli.transport.relay.wire.RelayConstants;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Keeps the {@link OwnedMailbox} rows of the {@link MailboxSchema} table.
 *
 * <p>Sealed columns, each bound to its row: {@code purpose} (1 byte), {@code lifecycle}
 * (1 byte linked flag, 8 bytes creation time in seconds), {@code relay} (the address token,
 * UTF-8) and {@code credentials} (fetch id 16, deposit id 16, mailbox key seed 32 bytes).
 * The credentials are all a relay client needs to fetch, ack, lock and delete, so a
 * mailbox survives restarts. Thread-safe.
 */
public final class MailboxStore {
    private static final int ID = RelayConstants.ID_BYTES;
    private static final int CREDENTIALS_BYTES = ID + ID + Ed25519PrivateKey.BYTES;
    private static final String SELECT_MAILBOXES =
            "SELECT id, introduction_id, purpose, lifecycle, relay, credentials, offer_id FROM owned_mailbox";
    private static final int LIFECYCLE_BYTES = 1 + Long.BYTES;

    private final Database database;
    private final ColumnCipher cipher;

    public MailboxStore(Database database, ColumnCipher cipher) {
        this.database = Objects.requireNonNull(database, "database");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** Stores a mailbox the relay just created, not yet linked to an introduction; its row id. */
    public long insertPrepared(MailboxPurpose purpose, String relayAddress, MailboxCredentials credentials,
            Instant created) throws PliException {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(relayAddress, "relayAddress");
        Objects.requireNonNull(credentials, "credentials");
        long id = RandomRowIds.next();
        database.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO owned_mailbox"
                    + " (id, introduction_id, purpose, lifecycle, relay, credentials) VALUES (?, NULL, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setBytes(2, cipher.seal(context("purpose", id), new byte[] {purpose.code()}));
                insert.setBytes(3, sealLifecycle(id, false, created));
                insert.setBytes(4, cipher.sealString(context("relay", id), relayAddress));
                insert.setBytes(5, sealCredentials(id, credentials));
                insert.executeUpdate();
            }
            return null;
        });
        return id;
    }

    /**
     * Links the prepared mailboxes {@code ids} to introduction {@code introductionId}, in the
     * caller's transaction (the one that creates the introduction).
     */
    public void link(Connection c, List<Long> ids, long introductionId) throws SQLException, PliException {
        for (long id : ids) {
            OwnedMailbox mailbox = find(c, id);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE owned_mailbox SET introduction_id = ?, lifecycle = ? WHERE id = ?")) {
                update.setLong(1, introductionId);
                update.setBytes(2, sealLifecycle(id, true, mailbox.created()));
                update.setLong(3, id);
                update.executeUpdate();
            }
        }
    }

    /**
     * Links the prepared mailboxes {@code ids} to the offer of row {@code offerRowId}, in the
     * caller's transaction (the one that accepts the offer).
     */
    public void linkToOffer(Connection c, List<Long> ids, long offerRowId) throws SQLException, PliException {
        for (long id : ids) {
            OwnedMailbox mailbox = find(c, id);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE owned_mailbox SET offer_id = ?, lifecycle = ? WHERE id = ?")) {
                update.setLong(1, offerRowId);
                update.setBytes(2, sealLifecycle(id, true, mailbox.created()));
                update.setLong(3, id);
                update.executeUpdate();
            }
        }
    }

    /** Marks the prepared mailboxes {@code ids} handed over (an introducer's rendezvous), in the caller's transaction. */
    public void handedOver(Connection c, List<Long> ids) throws SQLException, PliException {
        for (long id : ids) {
            OwnedMailbox mailbox = find(c, id);
            try (PreparedStatement update = c.prepareStatement("UPDATE owned_mailbox SET lifecycle = ? WHERE id = ?")) {
                update.setBytes(1, sealLifecycle(id, true, mailbox.created()));
                update.setLong(2, id);
                update.executeUpdate();
            }
        }
    }

    /**
     * Stores a mailbox another profile created and handed to this one (the rendezvous of an
     * offer), linked to the offer of row {@code offerRowId}, in the caller's transaction.
     */
    public long insertForOffer(Connection c, MailboxPurpose purpose, String relayAddress,
            MailboxCredentials credentials, Instant created, long offerRowId) throws SQLException {
        long id = RandomRowIds.next();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO owned_mailbox (id, introduction_id, purpose,"
                + " lifecycle, relay, credentials, offer_id) VALUES (?, NULL, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setBytes(2, cipher.seal(context("purpose", id), new byte[] {purpose.code()}));
            insert.setBytes(3, sealLifecycle(id, true, created));
            insert.setBytes(4, cipher.sealString(context("relay", id), relayAddress));
            insert.setBytes(5, sealCredentials(id, credentials));
            insert.setLong(6, offerRowId);
            insert.executeUpdate();
        }
        return id;
    }

    /** Every owned mailbox. */
    public List<OwnedMailbox> all() throws PliException {
        return database.read(c -> {
            List<OwnedMailbox> mailboxes = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(SELECT_MAILBOXES);
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    mailboxes.add(open(rows));
                }
            }
            return mailboxes;
        });
    }

    /** The owned mailboxes of row ids {@code ids} that exist (each row opened is costly). */
    public List<OwnedMailbox> withIds(Collection<Long> ids) throws PliException {
        return database.read(c -> {
            List<OwnedMailbox> mailboxes = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(SELECT_MAILBOXES + " WHERE id = ?")) {
                for (long id : new LinkedHashSet<>(ids)) {
                    select.setLong(1, id);
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next()) {
                            mailboxes.add(open(row));
                        }
                    }
                }
            }
            return mailboxes;
        });
    }

    /** Forgets a mailbox (after the relay deleted it); an unknown id is ignored. */
    public void delete(long id) throws PliException {
        database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM owned_mailbox WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private OwnedMailbox find(Connection c, long id) throws SQLException, PliException {
        try (PreparedStatement select = c.prepareStatement(SELECT_MAILBOXES + " WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new DatabaseException(DatabaseException.Reason.CORRUPT,
                            "a mailbox row vanished while it was being linked");
                }
                return open(row);
            }
        }
    }

    private OwnedMailbox open(ResultSet row) throws SQLException, DatabaseException {
        long id = row.getLong(1);
        long introductionId = row.getLong(2);
        OptionalLong introduction = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(introductionId);
        long offerId = row.getLong(7);
        OptionalLong offer = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(offerId);
        byte[] credentials = null;
        try {
            byte[] purposeCode = cipher.open(context("purpose", id), row.getBytes(3));
            byte[] lifecycle = cipher.open(context("lifecycle", id), row.getBytes(4));
            String relay = cipher.openString(context("relay", id), row.getBytes(5));
            credentials = cipher.open(context("credentials", id), row.getBytes(6));
            if (purposeCode.length != 1 || lifecycle.length != LIFECYCLE_BYTES
                    || credentials.length != CREDENTIALS_BYTES) {
                throw corrupt();
            }
            MailboxPurpose purpose = MailboxPurpose.fromCode(purposeCode[0]).orElseThrow(MailboxStore::corrupt);
            ByteBuffer life = ByteBuffer.wrap(lifecycle);
            boolean linked = life.get() == 1;
            Instant created = Instant.ofEpochSecond(life.getLong());
            return new OwnedMailbox(id, purpose, introduction, offer, linked, created, relay,
                    credentials(credentials));
        } catch (CryptoException | IllegalArgumentException e) {
            throw corrupt();
        } finally {
            if (credentials != null) {
                Arrays.fill(credentials, (byte) 0);
            }
        }
    }

    private static MailboxCredentials credentials(byte[] bytes) throws CryptoException {
        FetchId fetch = FetchId.of(Arrays.copyOfRange(bytes, 0, ID));
        DepositId deposit = DepositId.of(Arrays.copyOfRange(bytes, ID, ID + ID));
        byte[] seed = Arrays.copyOfRange(bytes, ID + ID, CREDENTIALS_BYTES);
        try {
            return new MailboxCredentials(fetch, deposit, Ed25519KeyPair.of(Ed25519PrivateKey.of(seed)));
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    private byte[] sealCredentials(long id, MailboxCredentials credentials) {
        byte[] seed = credentials.mailboxKey().privateKey().bytes();
        byte[] plain = ByteBuffer.allocate(CREDENTIALS_BYTES).put(credentials.fetchId().bytes())
                .put(credentials.depositId().bytes()).put(seed).array();
        try {
            return cipher.seal(context("credentials", id), plain);
        } finally {
            Arrays.fill(seed, (byte) 0);
            Arrays.fill(plain, (byte) 0);
        }
    }

    private byte[] sealLifecycle(long id, boolean linked, Instant created) {
        byte[] plain = ByteBuffer.allocate(LIFECYCLE_BYTES).put((byte) (linked ? 1 : 0))
                .putLong(created.getEpochSecond()).array();
        return cipher.seal(context("lifecycle", id), plain);
    }


    private static String context(String column, long id) {
        return "owned_mailbox." + column + ":" + id;
    }

    private static DatabaseException corrupt() {
        return new DatabaseException(DatabaseException.Reason.CORRUPT,
                "a stored mailbox cannot be opened: wrong storage key or damaged store");
    }
}

package app.pli.messenger.intro.lan;

import app.pli.core.crypto.CryptoException;
import app.pli.core.db.Database;
import app.pli.core.db.DatabaseException;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the {@link LanIntroduction} rows of the {@link LanIntroductionSchema} table. The
 * record is sealed by the column cipher, bound to its row:
 * {@code u8 version 1 || UTF host || u16 port || UTF from ("" for none) || 32-byte secret ||
 * i64 keep-until (epoch seconds) || u8 has-reply || [i32 n || n bytes reply]} (Java
 * {@code DataOutput} encoding). Thread-safe.
 */
public final class LanIntroductionStore {
    private static final int VERSION = 1;
    private static final int MAX_REPLY_BYTES = 64 * 1024;

    private final Database database;
    private final ColumnCipher cipher;

    public LanIntroductionStore(Database database, ColumnCipher cipher) {
        this.database = Objects.requireNonNull(database, "database");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** Stores a new row, or replaces the row of the same introduction. */
    public void put(LanIntroduction row) throws PliException {
        Objects.requireNonNull(row, "row");
        database.write(c -> {
            put(c, row);
            return null;
        });
    }

    /** As {@link #put(LanIntroduction)}, in the caller's transaction (the one that creates the introduction). */
    public void put(Connection c, LanIntroduction row) throws SQLException {
        Objects.requireNonNull(row, "row");
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO lan_introduction (introduction_id, record)"
                + " VALUES (?, ?) ON CONFLICT (introduction_id) DO UPDATE SET record = excluded.record")) {
            upsert.setLong(1, row.introductionId());
            upsert.setBytes(2, seal(row));
            upsert.executeUpdate();
        }
    }

    /** The row of introduction {@code introductionId}, if there is one. */
    public Optional<LanIntroduction> find(long introductionId) throws PliException {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT introduction_id, record FROM lan_introduction WHERE introduction_id = ?")) {
                select.setLong(1, introductionId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(open(row.getLong(1), row.getBytes(2))) : Optional.empty();
                }
            }
        });
    }

    /** Every row. */
    public List<LanIntroduction> all() throws PliException {
        return database.read(c -> {
            List<LanIntroduction> rows = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT introduction_id, record FROM lan_introduction");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(open(row.getLong(1), row.getBytes(2)));
                }
            }
            return rows;
        });
    }

    /** Forgets the row of {@code introductionId} (and with it the secret); an unknown id is ignored. */
    public void delete(long introductionId) throws PliException {
        database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM lan_introduction WHERE introduction_id = ?")) {
                delete.setLong(1, introductionId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets every row kept until {@code now} or earlier; how many. */
    public int deleteExpired(Instant now) throws PliException {
        int deleted = 0;
        for (LanIntroduction row : all()) {
            if (!now.isBefore(row.keepUntil())) {
                delete(row.introductionId());
                deleted++;
            }
        }
        return deleted;
    }

    private byte[] seal(LanIntroduction row) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] secret = row.secret();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(row.host());
            out.writeShort(row.port());
            out.writeUTF(row.from().orElse(""));
            out.write(secret);
            out.writeLong(row.keepUntil().getEpochSecond());
            Optional<byte[]> reply = row.reply();
            out.writeBoolean(reply.isPresent());
            if (reply.isPresent()) {
                out.writeInt(reply.get().length);
                out.write(reply.get());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        byte[] plain = bytes.toByteArray();
        try {
            return cipher.seal(context(row.introductionId()), plain);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private LanIntroduction open(long introductionId, byte[] sealed) throws DatabaseException {
        byte[] plain = null;
        byte[] secret = new byte[LanIntroduction.SECRET_BYTES];
        try {
            plain = cipher.open(context(introductionId), sealed);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
            if (in.readUnsignedByte() != VERSION) {
                throw corrupt();
            }
            String host = in.readUTF();
            int port = in.readUnsignedShort();
            String from = in.readUTF();
            in.readFully(secret);
            Instant keepUntil = Instant.ofEpochSecond(in.readLong());
            Optional<byte[]> reply = Optional.empty();
            if (in.readBoolean()) {
                int length = in.readInt();
                if (length < 0 || length > MAX_REPLY_BYTES) {
                    throw corrupt();
                }
                byte[] answer = new byte[length];
                in.readFully(answer);
                reply = Optional.of(answer);
            }
            if (in.available() != 0) {
                throw corrupt();
            }
            return new LanIntroduction(introductionId, host, port,
                    from.isEmpty() ? Optional.empty() : Optional.of(from), secret, keepUntil, reply);
        } catch (CryptoException | IOException | IllegalArgumentException | DateTimeException e) {
            throw corrupt();
        } finally {
            Arrays.fill(secret, (byte) 0);
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static String context(long introductionId) {
        return "lan_introduction.record:" + introductionId;
    }

    private static DatabaseException corrupt() {
        return new DatabaseException(DatabaseException.Reason.CORRUPT,
                "a stored LAN introduction cannot be opened: wrong storage key or damaged store");
    }
}

package app.pli.messenger.file;

import app.pli.core.db.Migration;
import app.pli.core.db.SchemaOwner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of module "file": {@code file_transfer}, one row per file this profile sends or
 * receives, with its per-block progress; {@code file_message}, the outgoing messages that
 * wait for their files' uploads before they are queued; {@code file_setting}, the profile's
 * file settings. Refers to identity's {@code contact} table, so open after identity's owners.
 *
 * <p>In clear: row ids, the direction, the sender's contact row, the message and file ids
 * (random; a file id is what a LAN contact asks for a file by, and the blocks it gets are
 * sealed under the file's key anyway), the state, the padded block count and which blocks
 * are done (what a relay sees anyway).
 * The file's name, size, hash, secret and mailboxes, the deposit ids of an upload's
 * mailboxes (which only the uploader holds), and a waiting message's text, are
 * sealed by the column cipher ({@link FileStore}).
 */
public final class FileSchema implements SchemaOwner {
    private static final List<String> VERSION_1 = List.of(
            "CREATE TABLE file_transfer ("
                    + " id INTEGER PRIMARY KEY,"
                    + " file_id BLOB NOT NULL,"
                    + " outgoing INTEGER NOT NULL,"
                    + " contact_id INTEGER REFERENCES contact(id) ON DELETE CASCADE,"
                    + " message_id BLOB NOT NULL,"
                    + " state INTEGER NOT NULL,"
                    + " blocks INTEGER NOT NULL,"
                    + " done BLOB NOT NULL,"
                    + " done_count INTEGER NOT NULL,"
                    + " wanted INTEGER NOT NULL,"
                    + " attempts INTEGER NOT NULL,"
                    + " ref BLOB NOT NULL,"
                    + " deposits BLOB,"
                    + " reason TEXT,"
                    + " created_at INTEGER NOT NULL)",
            "CREATE UNIQUE INDEX file_transfer_incoming ON file_transfer (contact_id, file_id) WHERE outgoing = 0",
            "CREATE INDEX file_transfer_message ON file_transfer (message_id)",
            "CREATE TABLE file_message ("
                    + " id INTEGER PRIMARY KEY,"
                    + " message_id BLOB NOT NULL UNIQUE,"
                    + " contact_id INTEGER REFERENCES contact(id) ON DELETE CASCADE,"
                    + " group_row INTEGER,"
                    + " content BLOB NOT NULL,"
                    + " created_at INTEGER NOT NULL)",
            "CREATE TABLE file_setting (name TEXT PRIMARY KEY, value INTEGER NOT NULL)");

    @Override
    public String module() {
        return "file";
    }

    @Override
    public List<Migration> migrations() {
        return List.of(new Migration(1, "files sent and received", FileSchema::createVersion1));
    }

    private static void createVersion1(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : VERSION_1) {
                statement.execute(sql);
            }
        }
    }
}

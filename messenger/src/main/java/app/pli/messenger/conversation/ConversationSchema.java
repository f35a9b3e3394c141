package app.pli.messenger.conversation;

import app.pli.core.db.Migration;
import app.pli.core.db.SchemaOwner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of module "conversation". They refer to identity's {@code contact} table and
 * the messenger's {@code owned_mailbox}, so they migrate after both.
 *
 * <ul>
 *   <li>{@code session}: per contact, the relationship keys and the ratchet state (sealed),
 *       the sending counters (sealed), the inbox mailbox and its lock state
 *       ({@link InboxLock}).</li>
 *   <li>{@code message}: the history. In clear only what queries need: the contact, the
 *       random 16-byte message id (for deduplication), the direction, the status and
 *       whether a receipt is due; times, sequence and text are sealed.</li>
 *   <li>{@code outbox}: sealed, ready-to-deposit blocks of a sent envelope, in send order.</li>
 *   <li>{@code fragment}: opened blocks of an envelope whose other blocks have not arrived
 *       yet (sealed), with their arrival hour for expiry.</li>
 *   <li>{@code receipt_request} (version 2): per contact with texts still without a receipt,
 *       when to ask about them next (sealed; see {@link ReceiptRequests}).</li>
 *   <li>version 3, groups: {@code message.group_row}, the group a text belongs to (an
 *       outgoing one is stored once per member, each copy with that member's status);
 *       {@code held_text}: group texts from someone not (yet) a member of the group as this
 *       side knows it, sealed, until a version makes them a member; {@code group_pending}:
 *       what this side sent to a group member it has no session with yet (sealed: the
 *       member's keys and the payload), handed over once the group's introduction made
 *       one.</li>
 * </ul>
 */
public final class ConversationSchema implements SchemaOwner {
    private static final List<String> VERSION_1 = List.of(
            "CREATE TABLE session ("
                    + " contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,"
                    + " inbox_id INTEGER REFERENCES owned_mailbox(id) ON DELETE SET NULL,"
                    + " inbox_lock INTEGER NOT NULL,"
                    + " keys BLOB NOT NULL,"
                    + " ratchet BLOB NOT NULL,"
                    + " counters BLOB NOT NULL)",
            "CREATE TABLE message ("
                    + " id INTEGER PRIMARY KEY,"
                    + " contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,"
                    + " message_id BLOB NOT NULL,"
                    + " outgoing INTEGER NOT NULL,"
                    + " status INTEGER NOT NULL,"
                    + " receipt_due INTEGER NOT NULL,"
                    + " content BLOB NOT NULL,"
                    + " UNIQUE (contact_id, outgoing, message_id))",
            "CREATE TABLE outbox ("
                    + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,"
                    + " message_id BLOB,"
                    + " blocks BLOB NOT NULL)",
            "CREATE TABLE fragment ("
                    + " contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,"
                    + " envelope_id BLOB NOT NULL,"
                    + " idx INTEGER NOT NULL,"
                    + " total INTEGER NOT NULL,"
                    + " arrival_hour INTEGER NOT NULL,"
                    + " chunk BLOB NOT NULL,"
                    + " PRIMARY KEY (contact_id, envelope_id, idx))");

    @Override
    public String module() {
        return "conversation";
    }

    @Override
    public List<Migration> migrations() {
        return List.of(new Migration(1, "sessions, messages, outbox and envelope fragments",
                ConversationSchema::createVersion1),
                new Migration(2, "when to ask contacts about texts without a receipt",
                        ConversationSchema::addReceiptRequests),
                new Migration(3, "group texts, held texts and what waits for a member's session",
                        ConversationSchema::addGroups));
    }

    private static void addGroups(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE message ADD COLUMN group_row INTEGER"
                    + " REFERENCES member_group(id) ON DELETE CASCADE");
            statement.execute("CREATE INDEX message_by_group ON message(group_row) WHERE group_row IS NOT NULL");
            statement.execute("CREATE TABLE held_text ("
                    + " id INTEGER PRIMARY KEY,"
                    + " contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,"
                    + " message_id BLOB NOT NULL,"
                    + " arrival_hour INTEGER NOT NULL,"
                    + " payload BLOB NOT NULL,"
                    + " UNIQUE (contact_id, message_id))");
            statement.execute("CREATE TABLE group_pending ("
                    + " id INTEGER PRIMARY KEY,"
                    + " group_row INTEGER NOT NULL REFERENCES member_group(id) ON DELETE CASCADE,"
                    + " entry BLOB NOT NULL)");
        }
    }

    private static void addReceiptRequests(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE receipt_request ("
                    + " contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,"
                    + " schedule BLOB NOT NULL)");
        }
    }

    private static void createVersion1(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : VERSION_1) {
                statement.execute(sql);
            }
        }
    }
}

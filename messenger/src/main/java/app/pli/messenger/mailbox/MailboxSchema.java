package app.pli.messenger.mailbox;

import app.pli.core.db.Migration;
import app.pli.core.db.SchemaOwner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The {@code owned_mailbox} table of module "mailbox": one row per relay mailbox this
 * profile owns. It refers to identity's {@code introduction} and {@code offer} tables, so
 * open the database with identity's schema owners first.
 *
 * <p>Only the random row id and the introduction or offer it serves (version 2) are in
 * clear: the purpose, the lifecycle, the relay address and the credentials are sealed by the
 * column cipher (see {@link MailboxStore}). Removing an introduction or offer (with its
 * contact) sets the reference to null: the mailbox is then an orphan that sync deletes at
 * the relay.
 */
public final class MailboxSchema implements SchemaOwner {
    private static final String VERSION_1 = "CREATE TABLE owned_mailbox ("
            + " id INTEGER PRIMARY KEY,"
            + " introduction_id INTEGER REFERENCES introduction(id) ON DELETE SET NULL,"
            + " purpose BLOB NOT NULL,"
            + " lifecycle BLOB NOT NULL,"
            + " relay BLOB NOT NULL,"
            + " credentials BLOB NOT NULL)";

    @Override
    public String module() {
        return "mailbox";
    }

    @Override
    public List<Migration> migrations() {
        return List.of(new Migration(1, "relay mailboxes owned by this profile", MailboxSchema::createVersion1),
                new Migration(2, "mailboxes that serve an offer", MailboxSchema::addOffer));
    }

    private static void addOffer(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE owned_mailbox ADD COLUMN offer_id INTEGER REFERENCES offer(id)"
                    + " ON DELETE SET NULL");
        }
    }

    private static void createVersion1(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(VERSION_1);
        }
    }
}

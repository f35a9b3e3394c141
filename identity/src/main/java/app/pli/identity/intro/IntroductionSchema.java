package app.pli.identity.intro;

import app.pli.core.db.Migration;
import app.pli.core.db.SchemaOwner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of module "introduction" (they refer to the "contact" module's table, so
 * open the database with {@link app.pli.identity.contact.ContactSchema} too):
 * <ul>
 *   <li>{@code introduction}: random id; the contact it belongs to (removing the contact
 *       removes its introduction); the sealed {@link IntroductionRecord}; the sealed
 *       {@link StoredOutcome} once keys are agreed, until the messenger forgets it; since
 *       version 2, the sealed {@link IntroductionFailure} code of a FAILED introduction.</li>
 *   <li>{@code introduction_outbox}: messages to send, each a sealed route and a sealed
 *       payload, written in the transaction of the step that produced them.</li>
 * </ul>
 */
public final class IntroductionSchema implements SchemaOwner {
    private static final List<String> VERSION_1 = List.of(
            "CREATE TABLE introduction ("
                    + " id INTEGER PRIMARY KEY,"
                    + " contact_id INTEGER UNIQUE REFERENCES contact(id) ON DELETE CASCADE,"
                    + " record BLOB NOT NULL,"
                    + " outcome BLOB)",
            "CREATE TABLE introduction_outbox ("
                    + " id INTEGER PRIMARY KEY,"
                    + " introduction_id INTEGER NOT NULL REFERENCES introduction(id) ON DELETE CASCADE,"
                    + " route BLOB NOT NULL,"
                    + " payload BLOB NOT NULL)",
            "CREATE INDEX introduction_outbox_by_introduction ON introduction_outbox(introduction_id)");

    @Override
    public String module() {
        return "introduction";
    }

    @Override
    public List<Migration> migrations() {
        return List.of(new Migration(1, "introduction state machines and their outbox",
                IntroductionSchema::createVersion1),
                new Migration(2, "why an introduction failed", IntroductionSchema::addFailure));
    }

    private static void addFailure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE introduction ADD COLUMN failure BLOB");
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

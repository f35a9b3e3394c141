package app.pli.identity.offer;

import app.pli.core.db.Migration;
import app.pli.core.db.SchemaOwner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of module "offer" (they refer to the "contact" module's table):
 * <ul>
 *   <li>{@code offer}: random id; the introducer's contact (set to null if that contact is
 *       removed: the offer stands on its own); the contact it made once agreed (removing that
 *       contact removes the offer); the sealed {@link OfferRecord}; the sealed
 *       {@link OfferOutcome} from the agreement until the messenger started the session.</li>
 *   <li>{@code offer_outbox}: sealed hellos and declines for the other side's rendezvous,
 *       written in the transaction of the step that made them.</li>
 * </ul>
 */
public final class OfferSchema implements SchemaOwner {
    private static final List<String> VERSION_1 = List.of(
            "CREATE TABLE offer ("
                    + " id INTEGER PRIMARY KEY,"
                    + " introducer_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,"
                    + " contact_id INTEGER UNIQUE REFERENCES contact(id) ON DELETE CASCADE,"
                    + " record BLOB NOT NULL,"
                    + " outcome BLOB)",
            "CREATE TABLE offer_outbox ("
                    + " id INTEGER PRIMARY KEY,"
                    + " offer_id INTEGER NOT NULL REFERENCES offer(id) ON DELETE CASCADE,"
                    + " route BLOB NOT NULL,"
                    + " payload BLOB NOT NULL)");

    @Override
    public String module() {
        return "offer";
    }

    @Override
    public List<Migration> migrations() {
        return List.of(new Migration(1, "offers received from introducers and their outbox",
                OfferSchema::createVersion1));
    }

    private static void createVersion1(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : VERSION_1) {
                statement.execute(sql);
            }
        }
    }
}

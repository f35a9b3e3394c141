package app.pli.identity.contact;

import app.pli.core.db.Migration;
import app.pli.core.db.SchemaOwner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The {@code contact} table, owned by module "contact". Every column but the random row id
 * holds a value sealed by the profile's column cipher; see {@link ContactStore}.
 */
public final class ContactSchema implements SchemaOwner {
    private static final String VERSION_1 = "CREATE TABLE contact ("
            + " id INTEGER PRIMARY KEY,"
            + " name BLOB NOT NULL,"
            + " state BLOB NOT NULL,"
            + " public_keys BLOB,"
            + " route BLOB,"
            + " code BLOB,"
            + " introduced_by BLOB)";

    @Override
    public String module() {
        return "contact";
    }

    @Override
    public List<Migration> migrations() {
        return List.of(new Migration(1, "contacts with sealed names, keys and routes", ContactSchema::createVersion1));
    }

    private static void createVersion1(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(VERSION_1);
        }
    }
}

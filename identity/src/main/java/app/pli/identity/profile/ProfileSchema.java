package app.pli.identity.profile;

import app.pli.core.db.Migration;
import app.pli.core.db.SchemaOwner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The {@code profile} table, owned by module "profile": at most one row (id 1) whose name,
 * private keys and relay are all sealed; see {@link ProfileStore}.
 */
public final class ProfileSchema implements SchemaOwner {
    private static final String VERSION_1 = "CREATE TABLE profile ("
            + " id INTEGER PRIMARY KEY CHECK (id = 1),"
            + " name BLOB NOT NULL,"
            + " private_keys BLOB NOT NULL,"
            + " relay BLOB NOT NULL)";

    @Override
    public String module() {
        return "profile";
    }

    @Override
    public List<Migration> migrations() {
        return List.of(new Migration(1, "the sealed profile row", ProfileSchema::createVersion1));
    }

    private static void createVersion1(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(VERSION_1);
        }
    }
}

package app.pli.messenger.intro.lan;

import app.pli.core.db.Migration;
import app.pli.core.db.SchemaOwner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The {@code lan_introduction} table of module "lan_introduction": one row per introduction
 * that runs over a direct LAN connection, for either role. It refers to identity's
 * {@code introduction} table (a removed introduction takes its row along), so it migrates
 * after identity. Only the introduction id is in clear; the record is sealed (see
 * {@link LanIntroductionStore}).
 */
public final class LanIntroductionSchema implements SchemaOwner {
    private static final String VERSION_1 = "CREATE TABLE lan_introduction ("
            + " introduction_id INTEGER PRIMARY KEY REFERENCES introduction(id) ON DELETE CASCADE,"
            + " record BLOB NOT NULL)";

    @Override
    public String module() {
        return "lan_introduction";
    }

    @Override
    public List<Migration> migrations() {
        return List.of(new Migration(1, "introductions over a direct LAN connection",
                LanIntroductionSchema::createVersion1));
    }

    private static void createVersion1(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(VERSION_1);
        }
    }
}

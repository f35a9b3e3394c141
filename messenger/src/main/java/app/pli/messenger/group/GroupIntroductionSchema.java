package app.pli.messenger.group;

import app.pli.core.db.Migration;
import app.pli.core.db.SchemaOwner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The table of module "group_introduction": {@code group_introduction}, the pairs of members
 * this profile (the admin who added one of them) must still introduce to each other, sealed,
 * written with the change that added them and removed once the offers are queued. It refers
 * to identity's {@code member_group}, so it migrates after identity.
 */
public final class GroupIntroductionSchema implements SchemaOwner {
    @Override
    public String module() {
        return "group_introduction";
    }

    @Override
    public List<Migration> migrations() {
        return List.of(new Migration(1, "the pairs of group members still to introduce",
                GroupIntroductionSchema::createVersion1));
    }

    private static void createVersion1(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE group_introduction ("
                    + " id INTEGER PRIMARY KEY,"
                    + " group_row INTEGER NOT NULL REFERENCES member_group(id) ON DELETE CASCADE,"
                    + " pair BLOB NOT NULL)");
        }
    }
}

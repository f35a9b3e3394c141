package app.pli.identity.group;

import app.pli.core.db.Migration;
import app.pli.core.db.SchemaOwner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of module "group":
 * <ul>
 *   <li>{@code member_group}: one row per group this profile knows, its sealed record
 *       (group id, status, who invited it, the version it joined from).</li>
 *   <li>{@code group_send_counter}: this profile's last send time and sequence in a group,
 *       sealed, in a row of its own so that sending does not rewrite the group's record.</li>
 *   <li>{@code group_version}: every signed version received, sealed, for choosing the
 *       chain every member converges on.</li>
 *   <li>{@code group_offer}: the offers an admin made for a group (so this side answers
 *       them itself), and through them the contacts known only through a group, until
 *       promoted.</li>
 * </ul>
 */
public final class GroupSchema implements SchemaOwner {
    private static final List<String> VERSION_1 = List.of(
            "CREATE TABLE member_group (id INTEGER PRIMARY KEY, record BLOB NOT NULL)",
            "CREATE TABLE group_send_counter ("
                    + " group_row INTEGER PRIMARY KEY REFERENCES member_group(id) ON DELETE CASCADE,"
                    + " record BLOB NOT NULL)",
            "CREATE TABLE group_version ("
                    + " id INTEGER PRIMARY KEY,"
                    + " group_row INTEGER NOT NULL REFERENCES member_group(id) ON DELETE CASCADE,"
                    + " data BLOB NOT NULL)",
            "CREATE INDEX group_version_by_group ON group_version(group_row)",
            "CREATE TABLE group_offer ("
                    + " offer_row INTEGER PRIMARY KEY REFERENCES offer(id) ON DELETE CASCADE,"
                    + " group_row INTEGER NOT NULL REFERENCES member_group(id) ON DELETE CASCADE)");

    @Override
    public String module() {
        return "group";
    }

    @Override
    public List<Migration> migrations() {
        return List.of(new Migration(1, "groups and their signed versions", GroupSchema::createVersion1));
    }

    private static void createVersion1(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : VERSION_1) {
                statement.execute(sql);
            }
        }
    }
}

package app.pli.core.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The SQL of one schema migration. It runs inside the migration's immediate transaction and
 * must not commit, roll back or close the connection.
 */
@FunctionalInterface
public interface MigrationStep {
    void apply(Connection connection) throws SQLException;
}

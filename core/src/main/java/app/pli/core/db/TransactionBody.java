package app.pli.core.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What {@link Transactions#run} executes: like {@link SqlWork}, but generic in the checked
 * exception it may throw, so internal callers keep precise throws clauses.
 */
@FunctionalInterface
interface TransactionBody<T, E extends Exception> {
    T run(Connection connection) throws SQLException, E;
}

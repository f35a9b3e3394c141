package app.pli.core.db;

import app.pli.core.error.PliException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of database work run by {@link Database#write} or {@link Database#read} inside one
 * transaction.
 *
 * <p>The work uses only the connection it is given, and must not close it, commit it, roll
 * it back, or call the same {@link Database} again. A {@link PliException} it throws passes
 * through unchanged after the rollback; an {@link SQLException} becomes a
 * {@link DatabaseException}.
 *
 * @param <T> what the work returns (use {@code Void} and {@code null} for nothing)
 */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException, PliException;
}

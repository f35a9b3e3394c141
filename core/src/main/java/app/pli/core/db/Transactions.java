package app.pli.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs a body inside one explicit SQLite transaction on a connection in JDBC auto-commit
 * mode.
 *
 * <p>Why explicit {@code BEGIN}/{@code COMMIT} statements rather than
 * {@code setAutoCommit(false)} and {@code commit()}: sqlite-jdbc starts the next transaction
 * right after every {@code commit()} and {@code rollback()}. With the immediate mode that
 * would hold the write lock between our transactions, blocking other processes, and could
 * report a failure after a commit had already succeeded.
 *
 * <p>Invariant: when {@link #run} returns or throws, the connection is outside any
 * transaction, or it has been closed (a rollback that failed leaves its state unknown, so
 * the connection is discarded and its owner opens a new one).
 */
final class Transactions {
    static final String BEGIN_IMMEDIATE = "BEGIN IMMEDIATE";
    static final String BEGIN_DEFERRED = "BEGIN DEFERRED";

    private Transactions() {}

    static <T, E extends Exception> T run(Connection connection, String begin,
            TransactionBody<T, E> body, SqliteErrors errors) throws DatabaseException, E {
        execute(connection, begin, errors);
        T result;
        try {
            result = body.run(connection);
        } catch (SQLException e) {
            rollbackAfter(connection, e);
            throw errors.translate(e);
        } catch (Throwable t) {
            // Whatever went wrong, undo the transaction, then rethrow the same object.
            rollbackAfter(connection, t);
            throw t;
        }
        try {
            execute(connection, "COMMIT");
        } catch (SQLException e) {
            rollbackAfter(connection, e);
            throw errors.translate(e);
        }
        return result;
    }

    static void execute(Connection connection, String sql, SqliteErrors errors) throws DatabaseException {
        try {
            execute(connection, sql);
        } catch (SQLException e) {
            throw errors.translate(e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void rollbackAfter(Connection connection, Throwable cause) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
            discard(connection, cause);
        }
    }

    // Closing a SQLite connection rolls back whatever transaction it still holds.
    private static void discard(Connection connection, Throwable cause) {
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            cause.addSuppressed(closeFailure);
        }
    }
}

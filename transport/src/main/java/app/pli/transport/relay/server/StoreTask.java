package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.RelayErrorCode;
import java.sql.SQLException;

/**
 * One unit of work for the {@link StoreWriter}: it runs inside a group-commit transaction
 * shared with other tasks, and reports only once that transaction's fate is known.
 *
 * <p>A refusal (unknown mailbox, full queue) is an outcome the task records during
 * {@link #execute}, not an exception; an {@link SQLException} aborts the whole batch.
 */
interface StoreTask {
    /** Does the work in the current transaction and records the outcome; runs on the writer thread. */
    void execute(WriteBatch batch) throws SQLException;

    /** The transaction committed: report the recorded outcome. Runs on the writer thread; must not block. */
    void committed();

    /** The task had no effect (the batch failed or the relay is stopping): report {@code code}. */
    void abandoned(RelayErrorCode code, String message);
}

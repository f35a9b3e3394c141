package app.pli.transport.relay.server;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * How many blocks each mailbox holds, cached by the writer so a deposit checks the quota
 * without counting rows. Counts are loaded lazily from the table and adjusted by the
 * writer's own inserts and deletes; after a failed transaction or an expiry sweep the cache
 * is dropped and reloaded.
 *
 * <p>Confined to the writer thread, the only thread that changes blocks.
 */
final class QueueCounts {
    private final Map<Long, Integer> counts = new HashMap<>();

    int get(RelayTables tables, long mailbox) throws SQLException {
        Integer cached = counts.get(mailbox);
        if (cached == null) {
            cached = tables.countBlocks(mailbox);
            counts.put(mailbox, cached);
        }
        return cached;
    }

    /** Adjusts a count already loaded by {@link #get}; other mailboxes are reloaded when needed. */
    void add(long mailbox, int delta) {
        counts.computeIfPresent(mailbox, (k, n) -> Math.max(0, n + delta));
    }

    void forget(long mailbox) {
        counts.remove(mailbox);
    }

    void clear() {
        counts.clear();
    }
}

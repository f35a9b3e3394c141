package app.pli.transport.relay.server;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * How many blocks each mailbox holds, and the relay in total, cached by the writer so a
 * deposit checks both quotas without counting rows. Counts are loaded lazily from the table
 * and adjusted by the writer's own inserts and deletes; after a failed transaction or an
 * expiry sweep the cache is dropped and reloaded.
 *
 * <p>Confined to the writer thread, the only thread that changes blocks.
 */
final class QueueCounts {
    private static final long UNKNOWN = -1;

    private final Map<Long, Integer> counts = new HashMap<>();
    private long total = UNKNOWN;

    int get(RelayTables tables, long mailbox) throws SQLException {
        Integer cached = counts.get(mailbox);
        if (cached == null) {
            cached = tables.countBlocks(mailbox);
            counts.put(mailbox, cached);
        }
        return cached;
    }

    /** Every block the relay holds; counted once, then kept up to date by {@link #add} and {@link #forget}. */
    long total(RelayTables tables) throws SQLException {
        if (total == UNKNOWN) {
            total = tables.countAllBlocks();
        }
        return total;
    }

    /**
     * {@code delta} blocks were inserted into (positive) or deleted from (negative) the
     * mailbox: adjusts its count if loaded by {@link #get}, and the total if loaded by
     * {@link #total}; what is not loaded is counted when needed.
     */
    void add(long mailbox, int delta) {
        counts.computeIfPresent(mailbox, (k, n) -> Math.max(0, n + delta));
        if (total != UNKNOWN) {
            total = Math.max(0, total + delta);
        }
    }

    /** The mailbox was deleted with the {@code held} blocks it held: its count goes, and the total drops. */
    void forget(long mailbox, int held) {
        add(mailbox, -held);
        counts.remove(mailbox);
    }

    void clear() {
        counts.clear();
        total = UNKNOWN;
    }
}

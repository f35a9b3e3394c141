package app.pli.transport.relay.server;

/**
 * What a {@link StoreTask} may use inside one group-commit transaction: the tables, the
 * writer's quota cache, the arrival hour stamped on every block of the batch, and the
 * quotas themselves (per mailbox and in total).
 */
record WriteBatch(RelayTables tables, QueueCounts counts, long arrivalHour, int maxQueuedBlocks,
        long maxStoredBlocks) {}

package app.pli.messenger.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How to run a hosted relay. Limits left empty keep the relay's defaults.
 *
 * @param listenHost address to bind
 * @param listenPort port to bind, 0 for a free one
 * @param dataDir folder of the relay's static key and store
 * @param ttl how long an unacknowledged block is kept
 * @param logConnections whether to log client IP addresses (off unless asked for)
 * @param maxConnections most open connections, if set
 * @param maxQueuedBlocksPerMailbox most blocks one mailbox holds, if set
 * @param maxStoredBlocks most blocks (of 4096 bytes) the relay holds in all mailboxes together, if set
 */
public record RelayHostingOptions(String listenHost, int listenPort, Path dataDir, Duration ttl,
        boolean logConnections, OptionalInt maxConnections, OptionalInt maxQueuedBlocksPerMailbox,
        OptionalLong maxStoredBlocks) {
    public RelayHostingOptions {
        Objects.requireNonNull(listenHost, "listenHost");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(maxConnections, "maxConnections");
        Objects.requireNonNull(maxQueuedBlocksPerMailbox, "maxQueuedBlocksPerMailbox");
        Objects.requireNonNull(maxStoredBlocks, "maxStoredBlocks");
    }
}

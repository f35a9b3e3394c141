package app.pli.transport.relay.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link RelayServer} runs. Build one with {@link #builder(Path)}; every limit has a
 * default and can be changed.
 *
 * @param listenHost address to bind, default {@code 127.0.0.1}
 * @param listenPort port to bind, 0 for a free one; default 7337
 * @param dataDir folder holding the static key and the store; created if missing
 * @param ttl how long an unacknowledged block is kept; default 21 days, at least one hour
 * @param maxConnections most open connections; more are closed on accept; default 20,000
 * @param maxQueuedBlocksPerMailbox most blocks one mailbox holds; default 10,000
 * @param maxStoredBlocks most blocks the relay holds in all mailboxes together; default
 *     2,621,440 (10 GiB of 4096-byte blocks)
 * @param maxMailboxCreationsPerConnection most mailboxes one connection may create; default 64
 * @param handshakeTimeout how long a new connection has to finish the Noise handshake; default 10 s
 * @param idleTimeout how long a connection may send nothing before it is closed; default 5 min
 * @param sweepInterval how often expired blocks are deleted; default 10 min
 * @param logConnections whether to log peer IP addresses; default false, and nothing logs them otherwise
 */
public record RelayServerOptions(String listenHost, int listenPort, Path dataDir, Duration ttl,
        int maxConnections, int maxQueuedBlocksPerMailbox, long maxStoredBlocks,
        int maxMailboxCreationsPerConnection, Duration handshakeTimeout, Duration idleTimeout, Duration sweepInterval,
        boolean logConnections) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7337;
    public static final Duration DEFAULT_TTL = Duration.ofDays(21);
    public static final int DEFAULT_MAX_CONNECTIONS = 20_000;
    public static final int DEFAULT_MAX_QUEUED_BLOCKS = 10_000;
    /** 10 GiB of 4096-byte blocks. */
    public static final long DEFAULT_MAX_STORED_BLOCKS = 2_621_440L;
    public static final int DEFAULT_MAX_CREATIONS = 64;
    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);
    public static final Duration DEFAULT_SWEEP_INTERVAL = Duration.ofMinutes(10);

    public RelayServerOptions {
        Objects.requireNonNull(listenHost, "listenHost");
        Objects.requireNonNull(dataDir, "dataDir");
        if (listenPort < 0 || listenPort > 65535) {
            throw new IllegalArgumentException("listen port must be 0..65535, got " + listenPort);
        }
        requireAtLeast(ttl, Duration.ofHours(1), "ttl");
        requireAtLeast(handshakeTimeout, Duration.ofMillis(1), "handshakeTimeout");
        requireAtLeast(idleTimeout, Duration.ofMillis(1), "idleTimeout");
        requireAtLeast(sweepInterval, Duration.ofMillis(1), "sweepInterval");
        requirePositive(maxConnections, "maxConnections");
        requirePositive(maxQueuedBlocksPerMailbox, "maxQueuedBlocksPerMailbox");
        requirePositive(maxStoredBlocks, "maxStoredBlocks");
        requirePositive(maxMailboxCreationsPerConnection, "maxMailboxCreationsPerConnection");
    }

    /** A builder with every default, storing in {@code dataDir}. */
    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    private static void requireAtLeast(Duration value, Duration min, String name) {
        Objects.requireNonNull(value, name);
        if (value.compareTo(min) < 0) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
        }
    }

    private static void requirePositive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    /** Collects options; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final Path dataDir;
        private String listenHost = DEFAULT_HOST;
        private int listenPort = DEFAULT_PORT;
        private Duration ttl = DEFAULT_TTL;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private int maxQueuedBlocksPerMailbox = DEFAULT_MAX_QUEUED_BLOCKS;
        private long maxStoredBlocks = DEFAULT_MAX_STORED_BLOCKS;
        private int maxMailboxCreationsPerConnection = DEFAULT_MAX_CREATIONS;
        private Duration handshakeTimeout = DEFAULT_HANDSHAKE_TIMEOUT;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private Duration sweepInterval = DEFAULT_SWEEP_INTERVAL;
        private boolean logConnections;

        private Builder(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        }

        public Builder listen(String host, int port) {
            this.listenHost = host;
            this.listenPort = port;
            return this;
        }

        public Builder ttl(Duration ttl) {
            this.ttl = ttl;
            return this;
        }

        public Builder maxConnections(int max) {
            this.maxConnections = max;
            return this;
        }

        public Builder maxQueuedBlocksPerMailbox(int max) {
            this.maxQueuedBlocksPerMailbox = max;
            return this;
        }

        public Builder maxStoredBlocks(long max) {
            this.maxStoredBlocks = max;
            return this;
        }

        public Builder maxMailboxCreationsPerConnection(int max) {
            this.maxMailboxCreationsPerConnection = max;
            return this;
        }

        public Builder handshakeTimeout(Duration timeout) {
            this.handshakeTimeout = timeout;
            return this;
        }

        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = timeout;
            return this;
        }

        public Builder sweepInterval(Duration interval) {
            this.sweepInterval = interval;
            return this;
        }

        public Builder logConnections(boolean log) {
            this.logConnections = log;
            return this;
        }

        /** The options; throws {@link IllegalArgumentException} naming the first bad value. */
        public RelayServerOptions build() {
            return new RelayServerOptions(listenHost, listenPort, dataDir, ttl, maxConnections,
                    maxQueuedBlocksPerMailbox, maxStoredBlocks, maxMailboxCreationsPerConnection,
                    handshakeTimeout, idleTimeout, sweepInterval, logConnections);
        }
    }
}

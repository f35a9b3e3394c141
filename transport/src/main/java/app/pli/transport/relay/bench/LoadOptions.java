package app.pli.transport.relay.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * What one load run does. Every count is bounded so a run always ends: at most
 * {@link #MAX_PAIRS} pairs, {@link #MAX_BLOCKS} blocks and {@link #MAX_IDLE_CONNECTIONS}
 * idle connections, and the whole run is cut off after {@code timeLimit}.
 *
 * @param pairs sender/receiver pairs, each pair with its own mailbox and two connections
 * @param blocks blocks deposited in all, spread evenly over the pairs
 * @param rate blocks per second over all pairs, or 0 to deposit as fast as the relay takes them
 * @param idleConnections extra connections, each subscribed to its own mailbox, held open during the run
 * @param connectTimeout how long the relay may take to answer the first request of a connection
 * @param drainTimeout how long to wait, after the last deposit was acknowledged, for blocks
 *     still on their way; a block not received by then counts as lost
 * @param timeLimit the longest the deposits may take before the run is abandoned
 * @param warmup how long after the start the deposits only warm up both ends (JIT, caches):
 *     blocks whose deposit starts within it are checked for loss and repeats but left out of
 *     throughput and latency; zero measures every block
 */
public record LoadOptions(int pairs, int blocks, int rate, int idleConnections, Duration connectTimeout,
        Duration drainTimeout, Duration timeLimit, Duration warmup) {
    public static final int MAX_PAIRS = 1024;
    public static final int MAX_BLOCKS = 10_000_000;
    public static final int MAX_IDLE_CONNECTIONS = 25_000;
    public static final int DEFAULT_PAIRS = 64;
    public static final int DEFAULT_BLOCKS = 100_000;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(15);

    public LoadOptions {
        requireRange(pairs, 1, MAX_PAIRS, "pairs");
        requireRange(blocks, 1, MAX_BLOCKS, "blocks");
        requireRange(rate, 0, Integer.MAX_VALUE, "rate");
        requireRange(idleConnections, 0, MAX_IDLE_CONNECTIONS, "idle connections");
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(drainTimeout, "drain timeout");
        requirePositive(timeLimit, "time limit");
        Objects.requireNonNull(warmup, "warmup");
        if (warmup.isNegative() || warmup.compareTo(timeLimit) >= 0) {
            throw new IllegalArgumentException(
                    "warm-up must be 0 or more and shorter than the time limit, got " + warmup);
        }
        if (rate > 0) {
            Duration paced = Duration.ofMillis(1000L * blocks / rate);
            if (paced.compareTo(timeLimit) > 0) {
                throw new IllegalArgumentException(blocks + " blocks at " + rate
                        + " blocks/s take longer than the time limit of " + timeLimit.toSeconds() + " s");
            }
            if (!warmup.isZero() && paced.compareTo(warmup) <= 0) {
                throw new IllegalArgumentException(blocks + " blocks at " + rate
                        + " blocks/s are all deposited within the " + warmup.toSeconds()
                        + " s warm-up; deposit more blocks or warm up for less");
            }
        }
    }

    /** {@code pairs} pairs moving {@code blocks} blocks as fast as possible, with the default timeouts. */
    public static LoadOptions of(int pairs, int blocks) {
        return new LoadOptions(pairs, blocks, 0, 0, DEFAULT_CONNECT_TIMEOUT, DEFAULT_DRAIN_TIMEOUT, DEFAULT_TIME_LIMIT,
                Duration.ZERO);
    }

    /** These options paced at {@code blocksPerSecond} (0: unpaced). */
    public LoadOptions withRate(int blocksPerSecond) {
        return new LoadOptions(pairs, blocks, blocksPerSecond, idleConnections, connectTimeout, drainTimeout, timeLimit,
                warmup);
    }

    /** These options with {@code count} idle subscribed connections held during the run. */
    public LoadOptions withIdleConnections(int count) {
        return new LoadOptions(pairs, blocks, rate, count, connectTimeout, drainTimeout, timeLimit, warmup);
    }

    /** These options with other timeouts. */
    public LoadOptions withTimeouts(Duration connect, Duration drain, Duration limit) {
        return new LoadOptions(pairs, blocks, rate, idleConnections, connect, drain, limit, warmup);
    }

    /** These options with a warm-up of {@code duration} before measuring (zero: none). */
    public LoadOptions withWarmup(Duration duration) {
        return new LoadOptions(pairs, blocks, rate, idleConnections, connectTimeout, drainTimeout, timeLimit, duration);
    }

    /** Whether deposits are paced at {@link #rate()}. */
    public boolean paced() {
        return rate > 0;
    }

    /** How many blocks pair {@code pair} moves: an even share, the first pairs taking the remainder. */
    int blocksOfPair(int pair) {
        return blocks / pairs + (pair < blocks % pairs ? 1 : 0);
    }

    private static void requireRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", got " + value);
        }
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }
}

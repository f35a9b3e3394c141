package app.pli.messenger.api;

import java.util.Objects;

/**
 * What a relay benchmark does.
 *
 * @param relayAddress the relay's address token, {@code pli-relay://HOST:PORT/KEY}
 * @param pairs sender/receiver pairs, each with its own mailbox (1..1024)
 * @param blocks blocks of 4096 bytes moved in all (1..10,000,000)
 * @param rate blocks per second over all pairs, or 0 for as fast as the relay takes them
 * @param idleConnections extra connections, each subscribed to its own mailbox, held open during the run
 * @param warmupSeconds seconds at the start whose deposits only warm up both ends and are
 *     left out of throughput and latency (still checked for loss and repeats); 0 for none
 */
public record RelayBenchmarkOptions(String relayAddress, int pairs, int blocks, int rate, int idleConnections,
        int warmupSeconds) {
    public static final int DEFAULT_PAIRS = 64;
    public static final int DEFAULT_BLOCKS = 100_000;

    public RelayBenchmarkOptions {
        Objects.requireNonNull(relayAddress, "relayAddress");
    }
}

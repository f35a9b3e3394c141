package app.pli.transport.relay.bench;

/**
 * What a load run measured. Throughput counts blocks received (once each) over the time
 * from the end of the warm-up (or the first deposit's start, without one) to the last
 * block's receipt; latencies run from the start of a block's deposit to its first receipt.
 * Blocks deposited during the warm-up count for {@code lost} and {@code duplicated} only.
 *
 * @param blocks blocks deposited (every one acknowledged by the relay), warm-up included
 * @param warmupBlocks blocks whose deposit started during the warm-up
 * @param pairs sender/receiver pairs
 * @param seconds time from the end of the warm-up to the last receipt
 * @param blocksPerSecond distinct blocks deposited after the warm-up and received, per second over {@code seconds}
 * @param p50Ms median latency in milliseconds
 * @param p90Ms 90th percentile latency in milliseconds
 * @param p99Ms 99th percentile latency in milliseconds
 * @param maxMs highest latency in milliseconds
 * @param lost acknowledged blocks not received before the drain timeout
 * @param duplicated receipts of a block already received
 * @param idleConnections idle subscribed connections held open during the run
 */
public record LoadReport(int blocks, int warmupBlocks, int pairs, double seconds, double blocksPerSecond,
        double p50Ms, double p90Ms, double p99Ms, double maxMs, long lost, long duplicated, int idleConnections) {}

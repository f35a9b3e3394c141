package app.pli.messenger.api;

/**
 * What a relay benchmark measured. Throughput counts each block once, from the end of the
 * warm-up (the first deposit's start without one) to the last receipt; latency runs from
 * the start of a block's deposit to its first receipt by the subscribed receiver. Blocks
 * deposited during the warm-up count only for {@code lost} and {@code duplicated}.
 *
 * @param blocks blocks deposited, each acknowledged by the relay as durable, warm-up included
 * @param warmupBlocks blocks whose deposit started during the warm-up
 * @param pairs sender/receiver pairs
 * @param seconds time from the end of the warm-up to the last receipt
 * @param blocksPerSecond distinct blocks delivered per second
 * @param p50Ms median latency, milliseconds
 * @param p90Ms 90th percentile latency, milliseconds
 * @param p99Ms 99th percentile latency, milliseconds
 * @param maxMs highest latency, milliseconds
 * @param lost acknowledged blocks that never arrived (within the drain timeout)
 * @param duplicated receipts of a block already received
 * @param idleConnections idle subscribed connections held open during the run
 */
public record RelayBenchmarkReport(int blocks, int warmupBlocks, int pairs, double seconds, double blocksPerSecond,
        double p50Ms, double p90Ms, double p99Ms, double maxMs, long lost, long duplicated, int idleConnections) {}

package app.pli.transport.relay.bench;

import java.util.Arrays;

/**
 * Every latency of a run, kept exactly (one int of microseconds per block, so a run of the
 * largest size holds 40 MB) so that percentiles need no approximation. Thread-safe.
 */
final class LatencyRecorder {
    private static final double MICROS_PER_MILLI = 1000.0;

    private final int[] micros;
    private int count;

    LatencyRecorder(int capacity) {
        this.micros = new int[capacity];
    }

    /** Records one latency; beyond the capacity (which a run never reaches) nothing is kept. */
    synchronized void record(long nanos) {
        if (count < micros.length) {
            micros[count++] = (int) Math.min(Integer.MAX_VALUE, Math.max(0, nanos / 1000));
        }
    }

    /** The percentiles of what was recorded so far; all zero when nothing was. */
    synchronized Percentiles percentiles() {
        int[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return new Percentiles(at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / MICROS_PER_MILLI);
    }

    /** The nearest-rank percentile {@code p} of {@code sorted}, in milliseconds. */
    private static double at(int[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / MICROS_PER_MILLI;
    }

    /** Latency percentiles in milliseconds. */
    record Percentiles(double p50Ms, double p90Ms, double p99Ms, double maxMs) {}
}

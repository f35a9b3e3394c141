package app.pli.tests.bench;

/** Percentiles of latencies measured in nanoseconds, for the load benchmarks' reports. */
final class Latencies {
    private Latencies() {}

    /** The {@code p}-th percentile (nearest rank) of {@code sorted}, in milliseconds; NaN if empty. */
    static double percentileMillis(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}

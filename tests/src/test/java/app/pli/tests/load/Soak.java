package app.pli.tests.load;

/**
 * How many times each loaded scenario runs: once in the default build (CI), ten times
 * with {@code -Psoak} (property {@code pli.soak.runs}), as docs/BENCHMARKS.md records.
 */
public final class Soak {
    private Soak() {}

    /** The number of consecutive runs of each loaded scenario, at least 1. */
    public static int runs() {
        return Math.max(1, Integer.getInteger("pli.soak.runs", 1));
    }
}

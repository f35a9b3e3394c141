package app.pli.core.crypto;

/**
 * Cost parameters of {@link Argon2id}: memory in KiB, passes over it, and lanes.
 *
 * <p>Invariant: every instance made by the public constructor costs at least
 * {@value #MIN_MEMORY_KIB} KiB (64 MiB) and {@value #MIN_ITERATIONS} passes, the floor of
 * suite v1, so a weak setting cannot reach production by accident; the only way below it is
 * the deliberately named {@link #forTestsOnly}. Every instance also stays under fixed upper
 * bounds, so parameters read back from a tampered file cannot exhaust memory or time.
 * Invalid values throw {@link IllegalArgumentException}.
 *
 * <p>This is a final class with record-style accessors rather than a record: a record's
 * public canonical constructor could not keep the production floor while letting
 * {@link #forTestsOnly} go below it.
 */
public final class Argon2Params {
    public static final int MIN_MEMORY_KIB = 64 * 1024;
    public static final int MIN_ITERATIONS = 3;
    /** 4 GiB: far above any sensible setting, low enough that a forged value fails fast. */
    public static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;
    public static final int MAX_ITERATIONS = 64;
    public static final int MAX_PARALLELISM = 16;

    /** Suite v1 default: 64 MiB, 3 passes, 1 lane (the RFC 9106 second recommendation). */
    public static final Argon2Params DEFAULT = new Argon2Params(MIN_MEMORY_KIB, MIN_ITERATIONS, 1);

    /** Whether an instance must meet the production floor. */
    private enum Floor { ENFORCED, WAIVED_FOR_TESTS }

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;

    /** Production parameters; refuses anything below 64 MiB or 3 passes. */
    public Argon2Params(int memoryKiB, int iterations, int parallelism) {
        this(memoryKiB, iterations, parallelism, Floor.ENFORCED);
    }

    private Argon2Params(int memoryKiB, int iterations, int parallelism, Floor floor) {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("Argon2id parallelism must be 1 to " + MAX_PARALLELISM);
        }
        // Argon2 needs 8 KiB (two 1 KiB blocks per sync point, four sync points) per lane.
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Argon2id memory must be " + 8 * parallelism + " to "
                    + MAX_MEMORY_KIB + " KiB, got " + memoryKiB);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException(
                    "Argon2id passes must be 1 to " + MAX_ITERATIONS + ", got " + iterations);
        }
        if (floor == Floor.ENFORCED && (memoryKiB < MIN_MEMORY_KIB || iterations < MIN_ITERATIONS)) {
            throw new IllegalArgumentException("Argon2id needs at least " + MIN_MEMORY_KIB + " KiB and "
                    + MIN_ITERATIONS + " passes, got " + memoryKiB + " KiB and " + iterations);
        }
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /**
     * Parameters below the production floor, so tests run fast. Never call this from product
     * code: a passphrase protected this way is cheap to brute-force.
     */
    public static Argon2Params forTestsOnly(int memoryKiB, int iterations, int parallelism) {
        return new Argon2Params(memoryKiB, iterations, parallelism, Floor.WAIVED_FOR_TESTS);
    }

    public int memoryKiB() {
        return memoryKiB;
    }

    public int iterations() {
        return iterations;
    }

    public int parallelism() {
        return parallelism;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Argon2Params other && memoryKiB == other.memoryKiB
                && iterations == other.iterations && parallelism == other.parallelism;
    }

    @Override
    public int hashCode() {
        return (memoryKiB * 31 + iterations) * 31 + parallelism;
    }

    @Override
    public String toString() {
        return "Argon2Params[memoryKiB=" + memoryKiB + ", iterations=" + iterations
                + ", parallelism=" + parallelism + "]";
    }
}

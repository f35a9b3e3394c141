package app.pli.core.crypto;

import java.util.Objects;
import org.bouncycastle.util.Arrays;

/**
 * Comparison of secret-dependent byte arrays whose running time does not depend on where
 * they first differ, so that comparing a MAC or key leaks nothing through timing.
 */
public final class ConstantTime {
    private ConstantTime() {}

    /**
     * Whether {@code a} and {@code b} hold the same bytes. Arrays of different lengths are
     * unequal; only the lengths, never the contents, may influence the running time.
     */
    public static boolean equals(byte[] a, byte[] b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return Arrays.constantTimeAreEqual(a, b);
    }
}

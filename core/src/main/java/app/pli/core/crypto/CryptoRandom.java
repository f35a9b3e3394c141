package app.pli.core.crypto;

import java.security.SecureRandom;

/**
 * The single source of randomness for keys, nonces and salts.
 *
 * <p>One {@link SecureRandom} (the platform's default, non-blocking, self-seeding) is shared
 * by the whole process; {@code SecureRandom} is thread-safe.
 */
public final class CryptoRandom {
    private static final SecureRandom RANDOM = new SecureRandom();

    private CryptoRandom() {}

    /** {@code n} fresh random bytes; {@code n} must not be negative. */
    public static byte[] bytes(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot produce a negative number of bytes: " + n);
        }
        byte[] out = new byte[n];
        RANDOM.nextBytes(out);
        return out;
    }
}

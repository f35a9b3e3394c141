package app.pli.messenger.profile;

import app.pli.core.crypto.Argon2Params;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The tunable costs and waits of the messenger. Production uses {@link #defaults()}; tests
 * pass cheaper Argon2id parameters ({@link Argon2Params#forTestsOnly}) and shorter waits to
 * {@link ProfileService#ProfileService(MessengerSettings)}.
 *
 * @param argon2 the Argon2id cost for a new profile's passphrase (unlock reads the stored cost)
 * @param relayTimeout the longest wait for one relay answer
 * @param awaitPause the pause between two sync rounds while waiting for the other side
 * @param clock the time source for expiry
 */
public record MessengerSettings(Argon2Params argon2, Duration relayTimeout, Duration awaitPause, Clock clock) {
    public MessengerSettings {
        Objects.requireNonNull(argon2, "argon2");
        Objects.requireNonNull(relayTimeout, "relayTimeout");
        Objects.requireNonNull(awaitPause, "awaitPause");
        Objects.requireNonNull(clock, "clock");
        if (relayTimeout.isNegative() || relayTimeout.isZero() || awaitPause.isNegative()) {
            throw new IllegalArgumentException("the relay timeout must be positive and the pause not negative");
        }
    }

    /** Argon2id at the production cost, 10 s per relay answer, a 1 s pause between rounds, the system clock. */
    public static MessengerSettings defaults() {
        return new MessengerSettings(Argon2Params.DEFAULT, Duration.ofSeconds(10), Duration.ofSeconds(1),
                Clock.systemUTC());
    }
}

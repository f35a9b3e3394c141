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
 * @param quickConnect the longest a command that may leave its work queued ({@code pli send})
 *     waits for a relay connection (a refused connection fails at once)
 * @param awaitPause the pause between two sync rounds while waiting for the other side
 * @param receiptPatience how long a sent text may wait for its receipt before the contact is
 *     asked about it (a lost receipt is then sent again, a lost text too)
 * @param clock the time source for expiry
 */
public record MessengerSettings(Argon2Params argon2, Duration relayTimeout, Duration quickConnect,
        Duration awaitPause, Duration receiptPatience, Clock clock) {
    public MessengerSettings {
        Objects.requireNonNull(argon2, "argon2");
        Objects.requireNonNull(relayTimeout, "relayTimeout");
        Objects.requireNonNull(quickConnect, "quickConnect");
        Objects.requireNonNull(awaitPause, "awaitPause");
        Objects.requireNonNull(receiptPatience, "receiptPatience");
        Objects.requireNonNull(clock, "clock");
        if (relayTimeout.isNegative() || relayTimeout.isZero() || quickConnect.isNegative() || quickConnect.isZero()
                || awaitPause.isNegative() || receiptPatience.isNegative() || receiptPatience.isZero()) {
            throw new IllegalArgumentException("the relay waits and the receipt patience must be positive and the"
                    + " pause not negative");
        }
    }

    /**
     * Argon2id at the production cost, 10 s per relay answer, 2 s for a quick connection,
     * a 1 s pause between rounds, 5 minutes of receipt patience, the system clock.
     */
    public static MessengerSettings defaults() {
        return new MessengerSettings(Argon2Params.DEFAULT, Duration.ofSeconds(10), Duration.ofSeconds(2),
                Duration.ofSeconds(1), Duration.ofMinutes(5), Clock.systemUTC());
    }
}

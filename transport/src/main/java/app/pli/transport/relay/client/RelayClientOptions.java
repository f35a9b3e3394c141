package app.pli.transport.relay.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link RelayClient} connects and reconnects.
 *
 * @param initialBackoff wait before the first reconnect attempt; doubles after each failure
 * @param maxBackoff the longest wait between attempts
 * @param connectTimeout how long one TCP connect plus Noise handshake may take
 * @param pingInterval how often an idle connection is pinged; a connection silent for three
 *     intervals is dropped and reconnected
 */
public record RelayClientOptions(Duration initialBackoff, Duration maxBackoff, Duration connectTimeout,
        Duration pingInterval) {
    public RelayClientOptions {
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(pingInterval, "pingInterval");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must not be below initialBackoff");
        }
    }

    /** 100 ms first backoff, at most 30 s; 10 s to connect; a ping a minute. */
    public static RelayClientOptions defaults() {
        return new RelayClientOptions(Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofMinutes(1));
    }

    public RelayClientOptions withBackoff(Duration initial, Duration max) {
        return new RelayClientOptions(initial, max, connectTimeout, pingInterval);
    }

    public RelayClientOptions withPingInterval(Duration interval) {
        return new RelayClientOptions(initialBackoff, maxBackoff, connectTimeout, interval);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }
}

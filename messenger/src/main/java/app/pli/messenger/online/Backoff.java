package app.pli.messenger.online;

import java.time.Duration;

/**
 * Capped exponential backoff for retrying delivery: 1 s, 2 s, 4 s ... up to 30 s, back to
 * the start after a success. Not thread-safe.
 */
final class Backoff {
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofSeconds(30);

    private Duration next = FIRST;

    /** The wait before the next try, and doubles the one after. */
    Duration fail() {
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(MAX) > 0 ? MAX : next.multipliedBy(2);
        return wait;
    }

    void succeed() {
        next = FIRST;
    }
}

package app.pli.transport.relay.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Sets up many connections a wave at a time ({@link #WAVE_SIZE} handshakes in flight at
 * most), so that thousands of new connections neither overflow the relay's accept backlog
 * nor make the first ones wait for the last; each wave must be ready within the timeout.
 */
final class ConnectionWaves {
    /** Most connections set up at the same time. */
    static final int WAVE_SIZE = 256;

    private ConnectionWaves() {}

    /**
     * Runs {@code setUp} for 0..count-1 and returns the results in order.
     *
     * @param what names the connections in an error message, e.g. "idle connections"
     * @throws RelayLoadException if a set-up fails or a wave is not ready within {@code timeout}
     */
    static <T> List<T> open(int count, IntFunction<CompletableFuture<T>> setUp, Duration timeout, String what)
            throws RelayLoadException, InterruptedException {
        List<T> ready = new ArrayList<>(count);
        for (int first = 0; first < count; first += WAVE_SIZE) {
            List<CompletableFuture<T>> wave = new ArrayList<>();
            for (int i = first; i < Math.min(count, first + WAVE_SIZE); i++) {
                wave.add(setUp.apply(i));
            }
            await(CompletableFuture.allOf(wave.toArray(CompletableFuture[]::new)), timeout,
                    "setting up " + what + " (" + ready.size() + " of " + count + " ready)");
            for (CompletableFuture<T> f : wave) {
                ready.add(f.join());
            }
        }
        return ready;
    }

    /**
     * Waits for {@code future}; a timeout or failure becomes a {@link RelayLoadException}
     * whose message starts with {@code doing}.
     */
    static void await(CompletableFuture<?> future, Duration timeout, String doing)
            throws RelayLoadException, InterruptedException {
        try {
            future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new RelayLoadException(doing + ": no answer within " + describe(timeout), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RelayLoadException load) {
                throw load;
            }
            throw new RelayLoadException(doing + ": " + cause.getMessage(), cause);
        }
    }

    /** {@code d} as people read it: whole seconds, or milliseconds below one second. */
    static String describe(Duration d) {
        return d.compareTo(Duration.ofSeconds(1)) < 0 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }
}

package app.pli.messenger.lan;

import app.pli.core.crypto.X25519PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Hands an envelope's blocks to a peer directly, when a direct link to it is up. */
public interface DirectLinks {
    /** No direct links at all (LAN off). */
    DirectLinks NONE = (contactId, blocks) -> Optional.empty();

    /** Longest wait for a peer to store what a direct link carried. */
    Duration STORE_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Starts sending {@code blocks} to the peer if a link to it is open; the future
     * completes when the peer stored them all.
     */
    Optional<CompletableFuture<Void>> send(long peerId, List<byte[]> blocks);

    /**
     * As {@link #send}, to the peer whose X25519 identity key is {@code key}, whatever id it
     * has here now (an offer's hello may leave after the offer made it a contact).
     */
    default Optional<CompletableFuture<Void>> sendTo(X25519PublicKey key, List<byte[]> blocks) {
        return Optional.empty();
    }

    /**
     * Waits (at most {@link #STORE_TIMEOUT}) for a hand-over started by {@link #send}: whether
     * the peer stored it. A failed or slow one leaves what it carried queued; the peer drops
     * repeats.
     */
    static boolean stored(CompletableFuture<Void> handOver) {
        try {
            handOver.get(STORE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

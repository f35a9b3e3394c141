package app.pli.messenger.lan;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Hands an envelope's blocks to a contact directly, when a direct link to it is up. */
public interface DirectLinks {
    /** No direct links at all (LAN off). */
    DirectLinks NONE = (contactId, blocks) -> Optional.empty();

    /**
     * Starts sending {@code blocks} to the contact if a link to it is open; the future
     * completes when the contact stored them all.
     */
    Optional<CompletableFuture<Void>> send(long contactId, List<byte[]> blocks);
}

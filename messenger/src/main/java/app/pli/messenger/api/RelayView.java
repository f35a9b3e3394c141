package app.pli.messenger.api;

import java.util.Objects;

/**
 * What a hosted relay holds, as its operator sees it.
 *
 * @param mailboxes mailboxes that exist
 * @param queuedBlocks 4096-byte blocks waiting for their owners
 * @param storedBlocks blocks stored since the relay's store was created
 * @param newestBlockHex the first 16 bytes of the newest queued block in hex ("" if none)
 */
public record RelayView(int mailboxes, int queuedBlocks, long storedBlocks, String newestBlockHex) {
    public RelayView {
        Objects.requireNonNull(newestBlockHex, "newestBlockHex");
    }
}

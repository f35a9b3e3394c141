package app.pli.transport.relay.server;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a relay holds right now, as its operator could see it: the number of mailboxes, the
 * number of queued blocks, the blocks ever stored (the sequence counter), and the first
 * bytes of the newest queued block, to show that a block is opaque.
 *
 * @param mailboxes mailboxes that exist
 * @param queuedBlocks blocks waiting for their owner's acknowledgement
 * @param storedBlocks blocks stored since the store was created
 * @param newestBlockPrefix the first 16 bytes of the newest queued block; empty if none is queued
 */
public record RelayInventory(int mailboxes, int queuedBlocks, long storedBlocks, byte[] newestBlockPrefix) {
    public RelayInventory {
        Objects.requireNonNull(newestBlockPrefix, "newestBlockPrefix");
        newestBlockPrefix = newestBlockPrefix.clone();
    }

    @Override
    public byte[] newestBlockPrefix() {
        return newestBlockPrefix.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelayInventory r && mailboxes == r.mailboxes && queuedBlocks == r.queuedBlocks
                && storedBlocks == r.storedBlocks && Arrays.equals(newestBlockPrefix, r.newestBlockPrefix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mailboxes, queuedBlocks, storedBlocks);
    }

    @Override
    public String toString() {
        return "RelayInventory[" + mailboxes + " mailboxes, " + queuedBlocks + " queued, "
                + HexFormat.of().formatHex(newestBlockPrefix) + "]";
    }
}

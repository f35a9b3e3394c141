package app.pli.transport.relay.client;

import app.pli.core.block.Block;
import app.pli.transport.relay.wire.BlockId;
import java.util.Objects;

/**
 * A block with the random id its depositor gave it. The id makes a repeated deposit
 * harmless and lets a receiver drop a block delivered twice (delivery is at-least-once).
 */
public record RelayBlock(BlockId id, Block block) {
    public RelayBlock {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(block, "block");
    }

    /** {@code block} under a fresh random id. */
    public static RelayBlock withRandomId(Block block) {
        return new RelayBlock(BlockId.random(), block);
    }
}

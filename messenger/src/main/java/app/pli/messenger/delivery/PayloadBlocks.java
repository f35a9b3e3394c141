package app.pli.messenger.delivery;

import app.pli.core.block.Block;
import app.pli.core.block.BlockConstants;
import app.pli.core.crypto.KdfLabel;
import app.pli.core.crypto.Sha256;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.RelayConstants;
import java.util.Arrays;

/**
 * Turns a one-block payload into a {@link RelayBlock} whose id is derived from the payload:
 * {@code id = SHA-256("pli/v1/messenger/block-id" || payload)[0..16)}. Depositing the same
 * payload again (after a crash between the relay's confirmation and the local bookkeeping)
 * then stores nothing new at the relay, which keeps one copy per (mailbox, block id). The
 * payload is ciphertext, so its hash tells the relay nothing it does not already see.
 */
public final class PayloadBlocks {
    private static final KdfLabel BLOCK_ID = KdfLabel.of("pli/v1/messenger/block-id");

    private PayloadBlocks() {}

    /**
     * The block carrying {@code payload}.
     *
     * @throws IllegalArgumentException if the payload is not exactly one block long
     */
    public static RelayBlock of(byte[] payload) {
        if (payload.length != BlockConstants.BLOCK_SIZE) {
            throw new IllegalArgumentException("a payload of " + payload.length + " bytes is not one block");
        }
        byte[] hash = Sha256.hash(BLOCK_ID.bytes(), payload);
        return new RelayBlock(BlockId.of(Arrays.copyOf(hash, RelayConstants.ID_BYTES)), Block.of(payload));
    }
}

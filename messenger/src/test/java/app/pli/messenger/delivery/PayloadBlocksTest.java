package app.pli.messenger.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.block.BlockConstants;
import app.pli.core.crypto.CryptoRandom;
import app.pli.transport.relay.client.RelayBlock;
import org.junit.jupiter.api.Test;

/** A payload's block id depends on the payload alone, so a repeated deposit is recognized. */
class PayloadBlocksTest {
    @Test
    void theSamePayloadAlwaysGetsTheSameBlockId() {
        byte[] payload = CryptoRandom.bytes(BlockConstants.BLOCK_SIZE);
        RelayBlock first = PayloadBlocks.of(payload);
        RelayBlock again = PayloadBlocks.of(payload.clone());

        assertEquals(first.id(), again.id());
        assertArrayEquals(payload, first.block().bytes());
    }

    @Test
    void differentPayloadsGetDifferentIds() {
        byte[] payload = CryptoRandom.bytes(BlockConstants.BLOCK_SIZE);
        byte[] other = payload.clone();
        other[BlockConstants.BLOCK_SIZE - 1] ^= 1;

        assertNotEquals(PayloadBlocks.of(payload).id(), PayloadBlocks.of(other).id());
    }

    @Test
    void onlyWholeBlocksAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> PayloadBlocks.of(new byte[BlockConstants.BLOCK_SIZE - 1]));
        assertThrows(IllegalArgumentException.class, () -> PayloadBlocks.of(new byte[BlockConstants.BLOCK_SIZE + 1]));
    }
}

package app.pli.messenger.envelope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.block.BlockConstants;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.SymmetricKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EnvelopeBlocksTest {
    private final SymmetricKey key = SymmetricKey.random();

    @Property(tries = 60)
    void everyMessageSizeRoundTripsInWholeBlocks(@ForAll @IntRange(min = 1, max = 70_000) int size) throws Exception {
        byte[] message = CryptoRandom.bytes(size);
        List<byte[]> blocks = EnvelopeBlocks.seal(key, message);
        assertEquals((size + EnvelopeBlocks.CHUNK_BYTES - 1) / EnvelopeBlocks.CHUNK_BYTES, blocks.size());
        List<Fragment> fragments = new ArrayList<>();
        for (byte[] block : blocks) {
            assertEquals(BlockConstants.BLOCK_SIZE, block.length);
            fragments.add(EnvelopeBlocks.open(key, block));
        }
        Collections.shuffle(fragments);
        assertArrayEquals(message, EnvelopeBlocks.assemble(fragments));
    }

    @Test
    void theLargestChunkStillFillsExactlyOneBlock() throws Exception {
        List<byte[]> blocks = EnvelopeBlocks.seal(key, new byte[EnvelopeBlocks.CHUNK_BYTES]);
        assertEquals(1, blocks.size());
        assertEquals(2, EnvelopeBlocks.seal(key, new byte[EnvelopeBlocks.CHUNK_BYTES + 1]).size());
    }

    @Test
    void aBlockUnderAnotherKeyOrChangedDoesNotOpen() {
        byte[] block = EnvelopeBlocks.seal(key, new byte[] {1, 2, 3}).get(0);
        assertThrows(EnvelopeException.class, () -> EnvelopeBlocks.open(SymmetricKey.random(), block));
        byte[] changed = block.clone();
        changed[100] ^= 1;
        assertThrows(EnvelopeException.class, () -> EnvelopeBlocks.open(key, changed));
        assertThrows(EnvelopeException.class, () -> EnvelopeBlocks.open(key, new byte[100]));
    }

    @Test
    void blocksOfTwoEnvelopesOrAnIncompleteSetDoNotAssemble() throws Exception {
        byte[] big = new byte[EnvelopeBlocks.CHUNK_BYTES * 2];
        List<byte[]> first = EnvelopeBlocks.seal(key, big);
        List<byte[]> second = EnvelopeBlocks.seal(key, big);
        Fragment a0 = EnvelopeBlocks.open(key, first.get(0));
        Fragment b1 = EnvelopeBlocks.open(key, second.get(1));
        assertThrows(EnvelopeException.class, () -> EnvelopeBlocks.assemble(List.of(a0, b1)));
        assertThrows(EnvelopeException.class, () -> EnvelopeBlocks.assemble(List.of(a0)));
        assertThrows(EnvelopeException.class, () -> EnvelopeBlocks.assemble(List.of(a0, a0)));
        assertThrows(EnvelopeException.class, () -> EnvelopeBlocks.assemble(List.of()));
    }

    @Test
    void aMessageTooLargeForAnEnvelopeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> EnvelopeBlocks.seal(key, new byte[EnvelopeBlocks.CHUNK_BYTES * EnvelopeBlocks.MAX_BLOCKS + 1]));
        assertThrows(IllegalArgumentException.class, () -> EnvelopeBlocks.seal(key, new byte[0]));
    }
}

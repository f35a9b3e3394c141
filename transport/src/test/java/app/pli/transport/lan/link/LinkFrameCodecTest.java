package app.pli.transport.lan.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.crypto.CryptoRandom;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Frames round-trip in their size class; every other plaintext is a clean refusal. */
class LinkFrameCodecTest {
    @Test
    void everyFrameRoundTripsInItsSizeClass() throws Exception {
        byte[] id = CryptoRandom.bytes(16);
        byte[] block = CryptoRandom.bytes(4096);
        byte[] plain = LinkFrameCodec.toPlaintext(new LinkFrame.BlockFrame(id, block));
        assertEquals(LinkConstants.BLOCK_PLAINTEXT_BYTES, plain.length);
        LinkFrame.BlockFrame b = assertInstanceOf(LinkFrame.BlockFrame.class, LinkFrameCodec.fromPlaintext(plain));
        assertArrayEquals(id, b.blockId());
        assertArrayEquals(block, b.block());

        List<byte[]> ids = List.of(CryptoRandom.bytes(16), CryptoRandom.bytes(16));
        for (LinkFrame frame : List.of(new LinkFrame.AckFrame(ids), new LinkFrame.RefuseFrame(ids),
                new LinkFrame.PingFrame(7))) {
            byte[] p = LinkFrameCodec.toPlaintext(frame);
            assertEquals(LinkConstants.CONTROL_PLAINTEXT_BYTES, p.length);
            assertEquals(frame.getClass(), LinkFrameCodec.fromPlaintext(p).getClass());
        }
        LinkFrame.AckFrame full = new LinkFrame.AckFrame(java.util.Collections.nCopies(16, id));
        assertEquals(16, ((LinkFrame.AckFrame) LinkFrameCodec.fromPlaintext(LinkFrameCodec.toPlaintext(full)))
                .blockIds().size());

        LinkFrame.IntroPart part = new LinkFrame.IntroPart(1, 3, block);
        LinkFrame.IntroPart back = assertInstanceOf(LinkFrame.IntroPart.class,
                LinkFrameCodec.fromPlaintext(LinkFrameCodec.toPlaintext(part)));
        assertEquals(1, back.index());
        assertEquals(3, back.count());
        assertArrayEquals(block, back.block());
    }

    @Test
    void fieldRulesHoldForBuiltAndDecodedFrames() {
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.BlockFrame(new byte[15], new byte[4096]));
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.AckFrame(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new LinkFrame.AckFrame(java.util.Collections.nCopies(17, new byte[16])));
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.IntroPart(3, 3, new byte[4096]));
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.IntroPart(0, 5, new byte[4096]));
    }

    @Test
    void randomAndMutatedPlaintextsDecodeOrFailCleanly() {
        Random random = new Random(7_001L);
        byte[] valid = LinkFrameCodec.toPlaintext(new LinkFrame.AckFrame(List.of(new byte[16])));
        for (int i = 0; i < 3000; i++) {
            byte[] input;
            if (i % 2 == 0) {
                input = new byte[random.nextBoolean() ? LinkConstants.CONTROL_PLAINTEXT_BYTES
                        : LinkConstants.BLOCK_PLAINTEXT_BYTES];
                random.nextBytes(input);
                input[0] = 0; // keep the body length plausible so the codec itself is exercised
            } else {
                input = valid.clone();
                for (int flips = 0; flips < 1 + random.nextInt(4); flips++) {
                    input[2 + random.nextInt(40)] = (byte) random.nextInt(256);
                }
            }
            try {
                LinkFrameCodec.fromPlaintext(input);
            } catch (MalformedLinkFrameException e) {
                assertEquals(false, e.getMessage().isEmpty());
            }
        }
        assertThrows(MalformedLinkFrameException.class, () -> LinkFrameCodec.fromPlaintext(new byte[100]));
    }
}

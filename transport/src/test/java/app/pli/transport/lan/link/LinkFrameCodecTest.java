package app.pli.transport.lan.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.codec.SizeClassFrames;
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
    void fileFramesRoundTripAtTheirLargestAndFitTheirSizeClass() throws Exception {
        byte[] fileId = CryptoRandom.bytes(LinkConstants.FILE_ID_BYTES);
        byte[] block = CryptoRandom.bytes(LinkConstants.BLOCK_BYTES);
        byte[] plain = LinkFrameCodec.toPlaintext(new LinkFrame.FileBlockFrame(fileId, Integer.MAX_VALUE, block));
        assertEquals(LinkConstants.BLOCK_PLAINTEXT_BYTES, plain.length);
        assertTrue(bodyLength(plain) <= SizeClassFrames.MAX_BODY_BYTES);
        LinkFrame.FileBlockFrame b = assertInstanceOf(LinkFrame.FileBlockFrame.class,
                LinkFrameCodec.fromPlaintext(plain));
        assertArrayEquals(fileId, b.fileId());
        assertEquals(Integer.MAX_VALUE, b.index());
        assertArrayEquals(block, b.block());

        int last = Integer.MAX_VALUE - (LinkConstants.MAX_FILE_REQUEST_BLOCKS - 1);
        for (LinkFrame frame : List.of(
                new LinkFrame.FileRequestFrame(fileId, last, LinkConstants.MAX_FILE_REQUEST_BLOCKS),
                new LinkFrame.FileMissingFrame(fileId, last, LinkConstants.MAX_FILE_REQUEST_BLOCKS))) {
            byte[] p = LinkFrameCodec.toPlaintext(frame);
            assertEquals(LinkConstants.CONTROL_PLAINTEXT_BYTES, p.length);
            LinkFrame back = LinkFrameCodec.fromPlaintext(p);
            assertEquals(frame.getClass(), back.getClass());
            if (back instanceof LinkFrame.FileRequestFrame r) {
                assertArrayEquals(fileId, r.fileId());
                assertEquals(last, r.first());
                assertEquals(LinkConstants.MAX_FILE_REQUEST_BLOCKS, r.count());
            } else {
                LinkFrame.FileMissingFrame m = (LinkFrame.FileMissingFrame) back;
                assertArrayEquals(fileId, m.fileId());
                assertEquals(last, m.first());
                assertEquals(LinkConstants.MAX_FILE_REQUEST_BLOCKS, m.count());
            }
        }
    }

    @Test
    void fileFieldRulesHoldForBuiltAndDecodedFrames() {
        byte[] id = new byte[16];
        byte[] shortId = new byte[15];
        byte[] block = new byte[4096];
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.FileRequestFrame(id, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.FileRequestFrame(id, 0, 65));
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.FileRequestFrame(shortId, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.FileRequestFrame(id, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.FileRequestFrame(id, Integer.MAX_VALUE, 2));
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.FileMissingFrame(id, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.FileMissingFrame(id, 0, 65));
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.FileMissingFrame(shortId, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.FileBlockFrame(shortId, 0, block));
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.FileBlockFrame(id, -1, block));
        assertThrows(IllegalArgumentException.class, () -> new LinkFrame.FileBlockFrame(id, 0, new byte[4095]));

        for (Record loose : List.of(new LooseFileFrames.Request(id, 0, 0), new LooseFileFrames.Request(id, 0, 65),
                new LooseFileFrames.Request(shortId, 0, 1), new LooseFileFrames.Missing(id, 0, 0),
                new LooseFileFrames.Missing(id, 0, 65), new LooseFileFrames.Missing(shortId, 0, 1),
                new LooseFileFrames.Block(shortId, 0, block), new LooseFileFrames.Block(id, 0, new byte[4095]))) {
            byte[] plain = LooseFileFrames.plaintext(loose);
            assertThrows(MalformedLinkFrameException.class, () -> LinkFrameCodec.fromPlaintext(plain),
                    loose.toString());
        }
        // well-formed look-alikes decode, so the refusals above are the field rules at work
        assertInstanceOf(LinkFrame.FileRequestFrame.class,
                assertDoesNotThrow(() -> LinkFrameCodec.fromPlaintext(
                        LooseFileFrames.plaintext(new LooseFileFrames.Request(id, 0, 64)))));
        assertInstanceOf(LinkFrame.FileBlockFrame.class, assertDoesNotThrow(() -> LinkFrameCodec.fromPlaintext(
                LooseFileFrames.plaintext(new LooseFileFrames.Block(id, 0, block)))));
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

    private static int bodyLength(byte[] plaintext) {
        return ((plaintext[0] & 0xff) << 8) | (plaintext[1] & 0xff);
    }
}

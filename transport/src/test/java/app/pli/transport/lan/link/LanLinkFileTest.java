package app.pli.transport.lan.link;

import static app.pli.transport.lan.link.LinkFixtures.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.error.PliException;
import app.pli.transport.noise.NoiseHandshake;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bob pulls the blocks of a file from Alice over 127.0.0.1: Alice's listener answers each
 * request with blocks, or says which it cannot serve; malformed file frames close the link.
 */
class LanLinkFileTest {
    private static final long ALICE = 1;
    private static final long BOB = 2;

    private final X25519KeyPair alice = X25519.generateKeyPair();
    private final X25519KeyPair bob = X25519.generateKeyPair();
    private final byte[] fileId = CryptoRandom.bytes(LinkConstants.FILE_ID_BYTES);
    private final long seed = new Random().nextLong();
    private LanLinkServer aliceServer;
    private LanLinkConnector bobConnector;

    @AfterEach
    void stop() {
        if (bobConnector != null) {
            bobConnector.close();
        }
        if (aliceServer != null) {
            aliceServer.close();
        }
    }

    @Test
    void aRequestIsAnsweredWithTheServedBlocksInOrderThenOneMissingRange() throws Exception {
        FileEvents aliceEvents = new FileEvents(60);
        FileEvents bobEvents = new FileEvents(0);
        LanLink bobSide = link(aliceEvents, bobEvents, LinkFixtures.options());

        assertTrue(bobSide.requestFile(fileId, 0, 64));
        for (int i = 0; i < 60; i++) {
            Received block = assertInstanceOf(Received.class, bobEvents.next());
            assertArrayEquals(fileId, block.fileId());
            assertEquals(i, block.index());
            assertArrayEquals(content(i), block.block());
        }
        Missing missing = assertInstanceOf(Missing.class, bobEvents.next());
        assertArrayEquals(fileId, missing.fileId());
        assertEquals(60, missing.first());
        assertEquals(4, missing.count());
        assertNull(bobEvents.events.poll(300, TimeUnit.MILLISECONDS));
    }

    @Test
    void twoThousandBlocksPulledWithEightRequestsOutstandingAllArrive() throws Exception {
        int blocks = 2000;
        int perRequest = LinkConstants.MAX_FILE_REQUEST_BLOCKS;
        int outstanding = 8;
        FileEvents aliceEvents = new FileEvents(blocks);
        FileEvents bobEvents = new FileEvents(0);
        LanLinkOptions smallWindow = new LanLinkOptions(Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(90), Duration.ofSeconds(30), Duration.ofSeconds(5), 8, 16, 4);
        LanLink bobSide = link(aliceEvents, bobEvents, smallWindow); // Bob pauses reading behind his listener

        int nextFirst = 0;
        for (int i = 0; i < outstanding; i++) {
            assertTrue(bobSide.requestFile(fileId, nextFirst, perRequest));
            nextFirst += perRequest;
        }
        for (int expected = 0; expected < blocks; expected++) {
            Received block = assertInstanceOf(Received.class, bobEvents.next());
            assertEquals(expected, block.index());
            assertArrayEquals(content(expected), block.block());
            boolean requestDone = (expected + 1) % perRequest == 0;
            if (requestDone && nextFirst < blocks) {
                assertTrue(bobSide.requestFile(fileId, nextFirst, Math.min(perRequest, blocks - nextFirst)));
                nextFirst += perRequest;
            }
        }
        assertNull(bobEvents.events.poll(300, TimeUnit.MILLISECONDS));
    }

    @Test
    void malformedFileFramesCloseTheLink() throws Exception {
        byte[] id = new byte[LinkConstants.FILE_ID_BYTES];
        byte[] block = new byte[LinkConstants.BLOCK_BYTES];
        List<Record> malformed = List.of(new LooseFileFrames.Request(id, 0, 0), new LooseFileFrames.Request(id, 0, 65),
                new LooseFileFrames.Request(new byte[15], 0, 1), new LooseFileFrames.Block(id, 0, new byte[4095]),
                new LooseFileFrames.Block(new byte[15], 0, block), new LooseFileFrames.Missing(id, 0, 65));
        FileEvents aliceEvents = new FileEvents(0);
        aliceServer = LanLinkServer.start(LinkFixtures.loopback(), alice,
                () -> List.of(new LinkPeer(BOB, bob.publicKey())), aliceEvents, LinkFixtures.options());
        for (Record frame : malformed) {
            try (RawLinkConnection c = RawLinkConnection.open(aliceServer.address())) {
                c.handshake(NoiseHandshake.kkInitiator(LinkConstants.LINK_PROLOGUE, bob, alice.publicKey()));
                c.send(new LinkFrame.PingFrame(0));
                c.sendPlaintext(LooseFileFrames.plaintext(frame));
                assertEquals(0, c.bytesBeforeClose(), frame.toString());
            }
            assertEquals(BOB, aliceEvents.recording.nextDown());
        }
        assertNull(aliceEvents.events.poll());
    }

    @Test
    void aClosedLinkRefusesFileFrames() throws Exception {
        FileEvents aliceEvents = new FileEvents(0);
        FileEvents bobEvents = new FileEvents(0);
        LanLink bobSide = link(aliceEvents, bobEvents, LinkFixtures.options());
        bobSide.close();
        assertEquals(ALICE, bobEvents.recording.nextDown());
        assertFalse(bobSide.requestFile(fileId, 0, 1));
        assertFalse(bobSide.sendFileBlock(fileId, 0, content(0)));
        assertFalse(bobSide.fileMissing(fileId, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> bobSide.requestFile(fileId, 0, 65));
    }

    /** Block {@code index} of the test file. */
    private byte[] content(int index) {
        byte[] block = new byte[LinkConstants.BLOCK_BYTES];
        new Random(seed + index).nextBytes(block);
        return block;
    }

    /** Starts Alice's server knowing Bob, and links Bob to it. */
    private LanLink link(FileEvents aliceEvents, FileEvents bobEvents, LanLinkOptions options) throws Exception {
        aliceServer = LanLinkServer.start(LinkFixtures.loopback(), alice,
                () -> List.of(new LinkPeer(BOB, bob.publicKey())), aliceEvents, options);
        bobConnector = new LanLinkConnector(bob, bobEvents, options);
        LanLink link = bobConnector.connect(aliceServer.address(), new LinkPeer(ALICE, alice.publicKey()))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        aliceEvents.recording.awaitUp(BOB);
        return link;
    }

    private record Received(byte[] fileId, int index, byte[] block) {}

    private record Missing(byte[] fileId, int first, int count) {}

    /**
     * Records file calls (and lets a {@link RecordingListener} record the rest); serves the
     * first {@code served} blocks of the test file and says the others are missing.
     */
    private final class FileEvents implements LinkListener {
        final RecordingListener recording = new RecordingListener();
        final BlockingQueue<Record> events = new LinkedBlockingQueue<>();
        private final int served;

        FileEvents(int served) {
            this.served = served;
        }

        @Override
        public void onLinkUp(long peerId, LanLink link) {
            recording.onLinkUp(peerId, link);
        }

        @Override
        public void onBlocks(long peerId, List<LinkBlock> blocks) throws PliException {
            recording.onBlocks(peerId, blocks);
        }

        @Override
        public void onLinkDown(long peerId) {
            recording.onLinkDown(peerId);
        }

        @Override
        public void onFileRequest(long peerId, LanLink link, byte[] id, int first, int count) {
            int end = first + count;
            int servedEnd = Math.max(first, Math.min(end, served));
            for (int i = first; i < servedEnd; i++) {
                assertTrue(link.sendFileBlock(id, i, content(i)));
            }
            if (servedEnd < end) {
                assertTrue(link.fileMissing(id, servedEnd, end - servedEnd));
            }
        }

        @Override
        public void onFileBlock(long peerId, byte[] id, int index, byte[] block) {
            events.add(new Received(id, index, block));
        }

        @Override
        public void onFileMissing(long peerId, byte[] id, int first, int count) {
            events.add(new Missing(id, first, count));
        }

        /** The next file call, waiting for it. */
        Record next() throws InterruptedException {
            Record event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(event, "no file frame arrived in time");
            return event;
        }
    }
}

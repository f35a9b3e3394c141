package app.pli.transport.lan.link;

import static app.pli.transport.lan.link.LinkFixtures.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.transport.noise.NoiseHandshake;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Strangers, garbage and slow peers are closed without an answer, and the server keeps
 * serving its contacts: after each case a real contact still links and delivers a block.
 */
class LanLinkAbuseTest {
    private static final long BOB = 2;

    private final X25519KeyPair alice = X25519.generateKeyPair();
    private final X25519KeyPair bob = X25519.generateKeyPair();
    private final RecordingListener aliceEvents = new RecordingListener();
    private LanLinkServer server;

    @BeforeEach
    void start() throws Exception {
        server = LanLinkServer.start(LinkFixtures.loopback(), alice, () -> List.of(new LinkPeer(BOB, bob.publicKey())),
                aliceEvents, LinkFixtures.options().withMaxConnections(4));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aStrangerFailsTheHandshakeAndReceivesNothing() throws Exception {
        X25519KeyPair stranger = X25519.generateKeyPair();
        try (RawLinkConnection c = RawLinkConnection.open(server.address())) {
            c.sendFirstMessage(NoiseHandshake.kkInitiator(LinkConstants.LINK_PROLOGUE, stranger, alice.publicKey()));
            assertEquals(0, c.bytesBeforeClose());
        }
        assertServesBob();
    }

    @Test
    void aReplayedFirstMessageNeverBringsTheLinkUp() throws Exception {
        byte[] message1 = NoiseHandshake.kkInitiator(LinkConstants.LINK_PROLOGUE, bob, alice.publicKey())
                .writeMessage(new byte[0]);
        try (RawLinkConnection c = RawLinkConnection.open(server.address())) {
            c.sendMessage(message1);
            assertEquals(LinkConstants.HANDSHAKE_MESSAGE_BYTES, c.readMessage().length);
            assertEquals(0, c.bytesBeforeClose()); // no confirming frame: closed after the handshake timeout
        }
        assertFalse(aliceEvents.wasUp(BOB));
        assertServesBob();
    }

    @Test
    void garbageBytesCloseTheConnectionWithoutAnswer() throws Exception {
        try (RawLinkConnection c = RawLinkConnection.open(server.address())) {
            c.sendRaw(CryptoRandom.bytes(3000));
            assertEquals(0, c.bytesBeforeClose());
        }
        try (RawLinkConnection c = RawLinkConnection.open(server.address())) {
            c.sendMessage(CryptoRandom.bytes(LinkConstants.HANDSHAKE_MESSAGE_BYTES));
            assertEquals(0, c.bytesBeforeClose());
        }
        assertServesBob();
    }

    @Test
    void aSlowLorisIsClosedByTheHandshakeTimeout() throws Exception {
        try (RawLinkConnection silent = RawLinkConnection.open(server.address());
                RawLinkConnection trickle = RawLinkConnection.open(server.address())) {
            trickle.sendRaw(new byte[] {0, (byte) LinkConstants.HANDSHAKE_MESSAGE_BYTES, 1, 2, 3});
            assertEquals(0, silent.bytesBeforeClose());
            assertEquals(0, trickle.bytesBeforeClose());
        }
        assertServesBob();
    }

    @Test
    void connectionsBeyondTheCapAreClosedAtOnce() throws Exception {
        RawLinkConnection[] held = new RawLinkConnection[4];
        try {
            for (int i = 0; i < held.length; i++) {
                held[i] = RawLinkConnection.open(server.address());
            }
            try (RawLinkConnection extra = RawLinkConnection.open(server.address())) {
                assertEquals(0, extra.bytesBeforeClose());
            }
        } finally {
            for (RawLinkConnection c : held) {
                if (c != null) {
                    c.close();
                }
            }
        }
        assertServesBob();
    }

    @Test
    void theWireCarriesOnlyFixedSizesAndTheServerBlockArrivesAsFramed() throws Exception {
        try (RawLinkConnection c = RawLinkConnection.open(server.address())) {
            int reply = c.handshake(NoiseHandshake.kkInitiator(LinkConstants.LINK_PROLOGUE, bob, alice.publicKey()));
            assertEquals(LinkConstants.HANDSHAKE_MESSAGE_BYTES, reply);
            c.send(new LinkFrame.PingFrame(0)); // key confirmation: only now is the link up
            LanLink aliceSide = aliceEvents.awaitUp(BOB);
            LinkBlock block = LinkFixtures.randomBlock();
            var sent = aliceSide.send(List.of(block));
            byte[] message = c.readMessage();
            assertEquals(LinkConstants.BLOCK_CIPHERTEXT_BYTES, message.length);
            LinkFrame.BlockFrame frame = assertInstanceOf(LinkFrame.BlockFrame.class, c.open(message));
            assertArrayEquals(block.id(), frame.blockId());
            assertArrayEquals(block.block(), frame.block());
            c.send(new LinkFrame.AckFrame(List.of(frame.blockId())));
            sent.get(WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** A contact still links and delivers a block, and the abuse stored nothing. */
    private void assertServesBob() throws Exception {
        assertTrue(aliceEvents.stored.isEmpty());
        RecordingListener bobEvents = new RecordingListener();
        LanLinkConnector connector = new LanLinkConnector(bob, bobEvents, LinkFixtures.options());
        try {
            LanLink link = connector.connect(server.address(), new LinkPeer(1, alice.publicKey()))
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
            LinkBlock block = LinkFixtures.randomBlock();
            link.send(List.of(block)).get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(block, aliceEvents.nextStored());
        } finally {
            connector.close();
        }
    }
}

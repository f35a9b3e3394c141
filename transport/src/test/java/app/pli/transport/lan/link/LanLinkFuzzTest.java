package app.pli.transport.lan.link;

import static app.pli.transport.lan.link.LinkFixtures.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.transport.noise.NoiseHandshake;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a real handshake, an authenticated contact throws random and crafted frames at the
 * server: every one closes that connection (nothing stored, nothing acknowledged), and the
 * server keeps linking.
 */
class LanLinkFuzzTest {
    private static final long BOB = 2;
    private static final int ROUNDS = 40;

    private final X25519KeyPair alice = X25519.generateKeyPair();
    private final X25519KeyPair bob = X25519.generateKeyPair();
    private final RecordingListener aliceEvents = new RecordingListener();
    private LanLinkServer server;

    @BeforeEach
    void start() throws Exception {
        server = LanLinkServer.start(LinkFixtures.loopback(), alice, () -> List.of(new LinkPeer(BOB, bob.publicKey())),
                aliceEvents, LinkFixtures.options());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void randomFramesAfterTheHandshakeCloseTheConnectionAndTheServerLives() throws Exception {
        Random random = new Random(20_260_001L);
        for (int round = 0; round < ROUNDS; round++) {
            try (RawLinkConnection c = established()) {
                sendBadFrame(c, round % 6, random);
                assertEquals(0, c.bytesBeforeClose(), "round " + round);
            }
        }
        assertTrue(aliceEvents.stored.isEmpty());
        assertOneGoodBlock();
    }

    /** One of six kinds of bad input, each with random content. */
    private static void sendBadFrame(RawLinkConnection c, int kind, Random random) throws IOException {
        switch (kind) {
            case 0 -> c.sendMessage(bytes(random, LinkConstants.CONTROL_CIPHERTEXT_BYTES)); // fails authentication
            case 1 -> c.sendMessage(bytes(random, LinkConstants.BLOCK_CIPHERTEXT_BYTES));
            case 2 -> c.sendRaw(bytes(random, 2 + random.nextInt(6000))); // any length, usually refused at once
            case 3 -> c.sendPlaintext(bytes(random, LinkConstants.CONTROL_PLAINTEXT_BYTES)); // authentic garbage
            case 4 -> c.sendPlaintext(bytes(random, LinkConstants.BLOCK_PLAINTEXT_BYTES));
            default -> c.send(new LinkFrame.IntroPart(0, 1, bytes(random, LinkConstants.BLOCK_BYTES))); // wrong channel
        }
    }

    @Test
    void craftedPlaintextsAreRefusedBeforeAnythingIsStored() throws Exception {
        byte[] valid = LinkFrameCodec.toPlaintext(new LinkFrame.BlockFrame(new byte[16], new byte[4096]));
        byte[] badPadding = valid.clone();
        badPadding[valid.length - 1] = 1;
        byte[] hugeLength = valid.clone();
        hugeLength[0] = (byte) 0xff;
        byte[] zeroLength = valid.clone();
        zeroLength[0] = 0;
        zeroLength[1] = 0;
        byte[] wrongClass = LinkFrameCodec.toPlaintext(new LinkFrame.PingFrame(1));
        byte[] blockInControl = new byte[LinkConstants.CONTROL_PLAINTEXT_BYTES];
        System.arraycopy(valid, 0, blockInControl, 0, blockInControl.length);
        for (byte[] crafted : List.of(badPadding, hugeLength, zeroLength, blockInControl)) {
            try (RawLinkConnection c = established()) {
                c.sendPlaintext(crafted);
                assertEquals(0, c.bytesBeforeClose());
            }
        }
        try (RawLinkConnection c = established()) {
            byte[] pingInBlockClass = new byte[LinkConstants.BLOCK_PLAINTEXT_BYTES];
            System.arraycopy(wrongClass, 0, pingInBlockClass, 0, wrongClass.length);
            c.sendPlaintext(pingInBlockClass);
            assertEquals(0, c.bytesBeforeClose());
        }
        assertTrue(aliceEvents.stored.isEmpty());
        assertOneGoodBlock();
    }

    private RawLinkConnection established() throws Exception {
        RawLinkConnection c = RawLinkConnection.open(server.address());
        c.handshake(NoiseHandshake.kkInitiator(LinkConstants.LINK_PROLOGUE, bob, alice.publicKey()));
        return c;
    }

    private void assertOneGoodBlock() throws Exception {
        LanLinkConnector connector = new LanLinkConnector(bob, new RecordingListener(), LinkFixtures.options());
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

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}

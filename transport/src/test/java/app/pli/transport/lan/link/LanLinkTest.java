package app.pli.transport.lan.link;

import static app.pli.transport.lan.link.LinkFixtures.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two identities link over 127.0.0.1 and exchange acknowledged blocks both ways. */
class LanLinkTest {
    private static final long ALICE = 1;
    private static final long BOB = 2;

    private final X25519KeyPair alice = X25519.generateKeyPair();
    private final X25519KeyPair bob = X25519.generateKeyPair();
    private final RecordingListener aliceEvents = new RecordingListener();
    private final RecordingListener bobEvents = new RecordingListener();
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
    void contactsLinkAndExchangeBlocksBothWaysWithAcknowledgements() throws Exception {
        LanLink bobSide = link(LinkFixtures.options());
        LanLink aliceSide = aliceEvents.awaitUp(BOB);
        assertTrue(bobSide.initiator());
        assertFalse(aliceSide.initiator());
        assertEquals(ALICE, bobSide.peerId());
        assertEquals(BOB, aliceSide.peerId());

        List<LinkBlock> toAlice = LinkFixtures.randomBlocks(3);
        bobSide.send(toAlice).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(toAlice, LinkFixtures.storedBlocks(aliceEvents, 3));

        List<LinkBlock> toBob = LinkFixtures.randomBlocks(2);
        aliceSide.send(toBob).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(toBob, LinkFixtures.storedBlocks(bobEvents, 2));
        assertEquals(bobSide, bobEvents.awaitUp(ALICE));
    }

    @Test
    void manyBlocksBeyondTheWindowArriveInOrderAndConcurrentSendsAllComplete() throws Exception {
        LanLinkOptions small = new LanLinkOptions(Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(90), Duration.ofSeconds(30), Duration.ofSeconds(5), 8, 16, 4);
        LanLink bobSide = link(small);
        List<LinkBlock> first = LinkFixtures.randomBlocks(50);
        List<LinkBlock> second = LinkFixtures.randomBlocks(30);
        CompletableFuture<Void> a = bobSide.send(first);
        CompletableFuture<Void> b = bobSide.send(second);
        CompletableFuture.allOf(a, b).get(WAIT_SECONDS, TimeUnit.SECONDS);
        List<LinkBlock> all = new ArrayList<>(first);
        all.addAll(second);
        assertEquals(all, LinkFixtures.storedBlocks(aliceEvents, 80));
    }

    @Test
    void aListenerThatThrowsCausesNoAckAndTheSendFailsThenARetrySucceeds() throws Exception {
        LanLink bobSide = link(LinkFixtures.options());
        aliceEvents.refuse = true;
        List<LinkBlock> blocks = LinkFixtures.randomBlocks(3);
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> bobSide.send(blocks).get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(LinkException.class, refused.getCause());
        assertTrue(aliceEvents.stored.isEmpty());
        assertTrue(bobSide.isOpen());

        aliceEvents.refuse = false;
        bobSide.send(blocks).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(blocks, LinkFixtures.storedBlocks(aliceEvents, 3));
    }

    @Test
    void aPeerThatStopsAcknowledgingFailsTheSendAndClosesTheLink() throws Exception {
        LanLink bobSide = link(LinkFixtures.options().withAckTimeout(Duration.ofMillis(400)));
        CompletableFuture<Void> stuck = new CompletableFuture<>();
        aliceEvents.hold = stuck;
        try {
            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> bobSide.send(List.of(LinkFixtures.randomBlock())).get(WAIT_SECONDS, TimeUnit.SECONDS));
            assertInstanceOf(LinkException.class, failed.getCause());
            assertEquals(ALICE, bobEvents.nextDown());
        } finally {
            stuck.complete(null);
        }
    }

    @Test
    void closingALinkReportsItDownOnBothSidesAndLaterSendsFail() throws Exception {
        LanLink bobSide = link(LinkFixtures.options());
        aliceEvents.awaitUp(BOB);
        bobSide.close();
        assertEquals(ALICE, bobEvents.nextDown());
        assertEquals(BOB, aliceEvents.nextDown());
        assertFalse(bobSide.isOpen());
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> bobSide.send(List.of(LinkFixtures.randomBlock())).get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(LinkException.class, failed.getCause());
    }

    @Test
    void aServerWithoutTheExpectedKeyFailsTheHandshake() throws Exception {
        aliceServer = LanLinkServer.start(LinkFixtures.loopback(), alice, () -> List.of(new LinkPeer(BOB,
                bob.publicKey())), aliceEvents, LinkFixtures.options());
        bobConnector = new LanLinkConnector(bob, bobEvents, LinkFixtures.options());
        LinkPeer impostor = new LinkPeer(ALICE, X25519.generateKeyPair().publicKey());
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> bobConnector.connect(aliceServer.address(), impostor).get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(LinkException.class, failed.getCause());
        assertNull(aliceEvents.stored.poll());
    }

    @Test
    void theRightContactIsFoundAmongManyKeys() throws Exception {
        List<LinkPeer> contacts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            contacts.add(new LinkPeer(100 + i, X25519.generateKeyPair().publicKey()));
        }
        contacts.add(new LinkPeer(BOB, bob.publicKey()));
        aliceServer = LanLinkServer.start(LinkFixtures.loopback(), alice, () -> contacts, aliceEvents,
                LinkFixtures.options().withHandshakeTimeout(Duration.ofSeconds(10)));
        bobConnector = new LanLinkConnector(bob, bobEvents, LinkFixtures.options());
        bobConnector.connect(aliceServer.address(), new LinkPeer(ALICE, alice.publicKey()))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(BOB, aliceEvents.awaitUp(BOB).peerId());
    }

    @Test
    void closingTheConnectorClosesItsLinks() throws Exception {
        LanLink bobSide = link(LinkFixtures.options());
        bobConnector.close();
        assertEquals(ALICE, bobEvents.nextDown());
        assertFalse(bobSide.isOpen());
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> bobConnector.connect(aliceServer.address(), new LinkPeer(ALICE, alice.publicKey()))
                        .get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(LinkException.class, refused.getCause());
    }

    /** Starts Alice's server knowing Bob, and links Bob to it. */
    private LanLink link(LanLinkOptions options) throws Exception {
        aliceServer = LanLinkServer.start(LinkFixtures.loopback(), alice,
                () -> List.of(new LinkPeer(BOB, bob.publicKey())), aliceEvents, options);
        bobConnector = new LanLinkConnector(bob, bobEvents, options);
        return bobConnector.connect(aliceServer.address(), new LinkPeer(ALICE, alice.publicKey()))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}

package app.pli.transport.relay.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.X25519;
import app.pli.transport.noise.NoiseException;
import app.pli.transport.relay.wire.RelayConstants;
import app.pli.transport.relay.wire.RelayErrorCode;
import app.pli.transport.relay.wire.RelayFrameCodec;
import app.pli.transport.relay.wire.RelayRequest;
import app.pli.transport.relay.wire.RelayResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input from a peer ends in an error frame or a closed connection, never in a relay
 * that stops serving others: after each case a well-behaved client still gets through.
 */
class RelayAbuseTest {
    @TempDir
    Path dataDir;

    private RelayServer relay;

    @AfterEach
    void stopRelay() throws Exception {
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void garbageBytesBeforeTheHandshakeCloseTheConnection() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection c = RawRelayConnection.open(relay.address())) {
            c.sendRaw(CryptoRandom.bytes(3000));
            assertTrue(c.closedByRelay());
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    @Test
    void aFirstMessageOfTheRightLengthButGarbageIsRefused() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection c = RawRelayConnection.open(relay.address())) {
            c.sendMessage(CryptoRandom.bytes(RelayConstants.HANDSHAKE_MESSAGE_BYTES));
            assertTrue(c.closedByRelay());
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    @Test
    void aTruncatedHandshakeIsDroppedAtTheHandshakeTimeout() throws Exception {
        relay = RelayFixture.start(dataDir, b -> b.handshakeTimeout(Duration.ofMillis(500)));
        try (RawRelayConnection c = RawRelayConnection.open(relay.address())) {
            c.sendRaw(new byte[] {0, (byte) RelayConstants.HANDSHAKE_MESSAGE_BYTES, 1, 2, 3, 4, 5});
            assertTrue(c.closedByRelay());
        }
        try (RawRelayConnection c = RawRelayConnection.open(relay.address())) {
            c.sendRaw(new byte[] {0, (byte) RelayConstants.HANDSHAKE_MESSAGE_BYTES, 1, 2, 3});
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    @Test
    void aClientExpectingAnotherRelayKeyGetsNoSession() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection c = RawRelayConnection.open(relay.address())) {
            assertThrows(IOException.class, () -> c.handshake(X25519.generateKeyPair().publicKey()));
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    @Test
    void aSlowClientSendingOneByteASecondHitsTheHandshakeTimeoutWhileOthersAreServed() throws Exception {
        relay = RelayFixture.start(dataDir, b -> b.handshakeTimeout(Duration.ofMillis(1500)));
        try (RawRelayConnection slow = RawRelayConnection.open(relay.address())) {
            slow.sendRaw(new byte[] {0});
            RelayFixture.assertServesNormally(relay.address()); // while the slow client trickles
            boolean dropped = false;
            for (int i = 0; i < 1 + RelayConstants.HANDSHAKE_MESSAGE_BYTES && !dropped; i++) {
                Thread.sleep(1000);
                try {
                    slow.sendRaw(new byte[] {i == 0 ? (byte) RelayConstants.HANDSHAKE_MESSAGE_BYTES : 0});
                } catch (IOException e) {
                    dropped = true;
                }
                if (i == 2) {
                    dropped = slow.closedByRelay();
                }
            }
            assertTrue(dropped, "the relay must drop a client that trickles its handshake");
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    @Test
    void anOversizeLengthAfterTheHandshakeIsAnErrorThenClose() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            c.sendRaw(new byte[] {(byte) 0xff, (byte) 0xff, 1, 2, 3});
            assertMalformedThenClosed(c);
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    @Test
    void aWellEncryptedButMalformedFrameIsAnErrorThenClose() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            byte[] junk = CryptoRandom.bytes(RelayConstants.CONTROL_PLAINTEXT_BYTES);
            junk[0] = 0;
            junk[1] = 40;
            c.sendPlaintext(junk);
            assertMalformedThenClosed(c);
        }
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            c.sendPlaintext(new byte[RelayConstants.CONTROL_PLAINTEXT_BYTES]);
            assertMalformedThenClosed(c);
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    @Test
    void aFrameMeantForClientsIsAnErrorThenClose() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            c.send(new RelayResponse.Done(List.of(1L)));
            assertMalformedThenClosed(c);
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    @Test
    void aForgedCiphertextClosesTheConnection() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            c.sendMessage(CryptoRandom.bytes(RelayConstants.CONTROL_CIPHERTEXT_BYTES));
            assertTrue(c.closedByRelay());
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    @Test
    void aBlockFrameInTheControlSizeIsRefused() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            byte[] ping = RelayFrameCodec.toPlaintext(new RelayRequest.Ping(1));
            byte[] padded = new byte[RelayConstants.BLOCK_PLAINTEXT_BYTES];
            System.arraycopy(ping, 0, padded, 0, ping.length);
            c.sendPlaintext(padded);
            assertMalformedThenClosed(c);
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    @Test
    void anIdleConnectionIsClosed() throws Exception {
        relay = RelayFixture.start(dataDir, b -> b.idleTimeout(Duration.ofMillis(300)));
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            assertTrue(c.closedByRelay());
        }
    }

    @Test
    void connectionsBeyondTheLimitAreClosedWhileOthersAreServed() throws Exception {
        relay = RelayFixture.start(dataDir, b -> b.maxConnections(2));
        try (RawRelayConnection first = RawRelayConnection.established(relay.address());
                RawRelayConnection second = RawRelayConnection.established(relay.address())) {
            try (RawRelayConnection third = RawRelayConnection.open(relay.address())) {
                assertThrows(IOException.class, () -> third.handshake(relay.address().relayKey()));
            }
            first.send(new RelayRequest.Ping(5));
            assertInstanceOf(RelayResponse.Done.class, first.answerTo(5));
            second.send(new RelayRequest.Ping(6));
            assertInstanceOf(RelayResponse.Done.class, second.answerTo(6));
        }
    }

    @Test
    void manyHandshakesInARowLeaveNoConnectionBehind() throws Exception {
        relay = RelayFixture.start(dataDir);
        for (int i = 0; i < 50; i++) {
            try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
                c.send(new RelayRequest.Ping(1));
                assertInstanceOf(RelayResponse.Done.class, c.answerTo(1));
            }
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    private static void assertMalformedThenClosed(RawRelayConnection c) throws IOException {
        try {
            RelayResponse r = c.receive();
            RelayResponse.ErrorFrame e = assertInstanceOf(RelayResponse.ErrorFrame.class, r);
            assertEquals(RelayErrorCode.MALFORMED_FRAME.code(), e.code());
            assertEquals(0, e.requestId());
        } catch (NoiseException | app.pli.transport.relay.wire.MalformedFrameException e) {
            throw new AssertionError("the relay's error frame did not open", e);
        }
        assertTrue(c.closedByRelay());
    }
}

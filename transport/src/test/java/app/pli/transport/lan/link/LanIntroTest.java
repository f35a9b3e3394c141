package app.pli.transport.lan.link;

import static app.pli.transport.lan.link.LinkFixtures.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.error.PliException;
import app.pli.transport.noise.NoiseHandshake;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one-time introduction channel: the right secret gets an answer, anything else nothing. */
class LanIntroTest {
    private final byte[] secret = CryptoRandom.bytes(32);
    private final AtomicInteger requests = new AtomicInteger();
    private final LanIntroConnector connector = new LanIntroConnector(LinkFixtures.options());
    private LanIntroServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Answers every request with its blocks reversed, each with its first byte flipped, plus one more. */
    private List<byte[]> answer(List<byte[]> request) {
        requests.incrementAndGet();
        List<byte[]> reply = new ArrayList<>();
        for (int i = request.size() - 1; i >= 0; i--) {
            byte[] b = request.get(i).clone();
            b[0] ^= (byte) 0xff;
            reply.add(b);
        }
        reply.add(new byte[LinkConstants.BLOCK_BYTES]);
        return reply;
    }

    @Test
    void theRightSecretGetsTheAnswerAndTheServerServesEveryAttempt() throws Exception {
        server = LanIntroServer.start(LinkFixtures.loopback(), secret, this::answer, LinkFixtures.options());
        for (int attempt = 0; attempt < 3; attempt++) {
            List<byte[]> m1 = List.of(CryptoRandom.bytes(4096), CryptoRandom.bytes(4096));
            List<byte[]> m2 = connector.exchange(server.address(), secret, m1).get(WAIT_SECONDS, TimeUnit.SECONDS);
            List<byte[]> expected = answer(m1);
            assertEquals(expected.size(), m2.size());
            for (int i = 0; i < m2.size(); i++) {
                assertArrayEquals(expected.get(i), m2.get(i));
            }
        }
        assertEquals(6, requests.get()); // three served, three computed above
    }

    @Test
    void theConnectorCanLeaveFromAChosenLocalAddress() throws Exception {
        server = LanIntroServer.start(LinkFixtures.loopback(), secret, this::answer, LinkFixtures.options());
        List<byte[]> m2 = connector.exchange(server.address(),
                Optional.of(InetAddress.getByName("127.0.0.1")), secret,
                List.of(new byte[4096])).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(2, m2.size());
        ExecutionException failed = assertThrows(ExecutionException.class, () -> connector.exchange(server.address(),
                Optional.of(InetAddress.getByName("192.0.2.1")), secret,
                List.of(new byte[4096])).get(WAIT_SECONDS, TimeUnit.SECONDS), "an address this host does not have");
        assertInstanceOf(LinkException.class, failed.getCause());
        assertEquals(1, requests.get(), "only the connection from the chosen address was answered");
    }

    @Test
    void aWrongSecretFailsAndTheResponderIsNeverAsked() throws Exception {
        server = LanIntroServer.start(LinkFixtures.loopback(), secret, this::answer, LinkFixtures.options());
        byte[] wrong = CryptoRandom.bytes(32);
        ExecutionException failed = assertThrows(ExecutionException.class, () -> connector
                .exchange(server.address(), wrong, List.of(new byte[4096])).get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(LinkException.class, failed.getCause());
        assertEquals(0, requests.get());
        connector.exchange(server.address(), secret, List.of(new byte[4096])).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(1, requests.get());
    }

    @Test
    void aContactLinkHandshakeIsNotAnIntroduction() throws Exception {
        server = LanIntroServer.start(LinkFixtures.loopback(), secret, this::answer, LinkFixtures.options());
        var anyone = app.pli.core.crypto.X25519.generateKeyPair();
        try (RawLinkConnection c = RawLinkConnection.open(server.address())) {
            c.sendFirstMessage(NoiseHandshake.kkInitiator(LinkConstants.LINK_PROLOGUE, anyone,
                    app.pli.core.crypto.X25519.generateKeyPair().publicKey()));
            assertEquals(0, c.bytesBeforeClose());
        }
        try (RawLinkConnection c = RawLinkConnection.open(server.address())) {
            c.sendRaw(CryptoRandom.bytes(500));
            assertEquals(0, c.bytesBeforeClose());
        }
        assertEquals(0, requests.get());
    }

    @Test
    void aResponderThatRefusesClosesWithoutAnswer() throws Exception {
        server = LanIntroServer.start(LinkFixtures.loopback(), secret, request -> {
            throw new PliException("invitation expired");
        }, LinkFixtures.options());
        ExecutionException failed = assertThrows(ExecutionException.class, () -> connector
                .exchange(server.address(), secret, List.of(new byte[4096])).get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(LinkException.class, failed.getCause());
    }

    @Test
    void anUnreachableEndpointFails() throws Exception {
        server = LanIntroServer.start(LinkFixtures.loopback(), secret, this::answer, LinkFixtures.options());
        var address = server.address();
        server.close();
        ExecutionException failed = assertThrows(ExecutionException.class, () -> connector
                .exchange(address, secret, List.of(new byte[4096])).get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(LinkException.class, failed.getCause());
    }

    @Test
    void malformedRequestsAndShortSecretsAreCallerErrors() {
        assertThrows(IllegalArgumentException.class, () -> connector.exchange(LinkFixtures.loopback(), secret,
                List.of()));
        assertThrows(IllegalArgumentException.class, () -> connector.exchange(LinkFixtures.loopback(), secret,
                List.of(new byte[100])));
        assertThrows(IllegalArgumentException.class, () -> connector.exchange(LinkFixtures.loopback(),
                new byte[8], List.of(new byte[4096])));
    }
}

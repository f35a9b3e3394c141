package app.pli.transport.relay.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.X25519;
import app.pli.transport.relay.server.RelayServer;
import app.pli.transport.relay.server.RelayServerOptions;
import app.pli.transport.relay.wire.RelayAddress;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load generator against a real in-process relay on 127.0.0.1; no timing is asserted. */
class RelayLoadGeneratorTest {
    private static final Duration SHORT_CONNECT = Duration.ofSeconds(2);

    @TempDir
    Path dataDir;

    private RelayServer relay;

    @BeforeEach
    void startRelay() throws Exception {
        relay = RelayServer.start(RelayServerOptions.builder(dataDir).listen("127.0.0.1", 0).build());
    }

    @AfterEach
    void stopRelay() throws Exception {
        relay.close();
    }

    @Test
    void unpacedRunDeliversEveryBlockOnce() throws Exception {
        LoadReport report = RelayLoadGenerator.run(relay.address(), LoadOptions.of(4, 1_000));
        assertEquals(1_000, report.blocks());
        assertEquals(4, report.pairs());
        assertEquals(0, report.lost());
        assertEquals(0, report.duplicated());
        assertTrue(report.blocksPerSecond() > 0, report.toString());
        assertTrue(report.p50Ms() <= report.p90Ms() && report.p90Ms() <= report.p99Ms()
                && report.p99Ms() <= report.maxMs(), report.toString());
    }

    @Test
    void pacedRunWithIdleConnectionsDeliversEveryBlockOnceAndReleasesTheConnections() throws Exception {
        LoadReport report = RelayLoadGenerator.run(relay.address(),
                LoadOptions.of(3, 200).withRate(400).withIdleConnections(20));
        assertEquals(0, report.lost());
        assertEquals(0, report.duplicated());
        assertEquals(20, report.idleConnections());
        awaitNoConnections();
    }

    @Test
    void warmupBlocksAreCheckedButNotMeasured() throws Exception {
        LoadReport report = RelayLoadGenerator.run(relay.address(),
                LoadOptions.of(2, 400).withRate(200).withWarmup(Duration.ofSeconds(1)));
        assertEquals(400, report.blocks());
        assertTrue(report.warmupBlocks() > 0 && report.warmupBlocks() < 400, report.toString());
        assertEquals(0, report.lost());
        assertEquals(0, report.duplicated());
    }

    @Test
    void aRunThatEndsWithinItsWarmupIsAnError() {
        RelayLoadException e = assertThrows(RelayLoadException.class, () -> RelayLoadGenerator.run(relay.address(),
                LoadOptions.of(1, 10).withWarmup(Duration.ofSeconds(60))));
        assertTrue(e.getMessage().contains("warm-up"), e.getMessage());
    }

    @Test
    void blocksThatDoNotDivideEvenlyOverThePairsAllArrive() throws Exception {
        LoadReport report = RelayLoadGenerator.run(relay.address(), LoadOptions.of(7, 23));
        assertEquals(23, report.blocks());
        assertEquals(0, report.lost());
    }

    @Test
    void unreachableRelayFailsWithinTheConnectTimeout() throws Exception {
        RelayAddress nobody = new RelayAddress("127.0.0.1", freePort(), relay.address().relayKey());
        RelayLoadException e = assertThrows(RelayLoadException.class, () -> RelayLoadGenerator.run(nobody,
                LoadOptions.of(2, 10).withTimeouts(SHORT_CONNECT, SHORT_CONNECT, Duration.ofMinutes(1))));
        assertTrue(e.getMessage().startsWith("no relay answered at 127.0.0.1:"), e.getMessage());
    }

    @Test
    void relayWithAnotherKeyFailsWithinTheConnectTimeout() throws Exception {
        RelayAddress impostor = new RelayAddress("127.0.0.1", relay.address().port(),
                X25519.generateKeyPair().publicKey());
        RelayLoadException e = assertThrows(RelayLoadException.class, () -> RelayLoadGenerator.run(impostor,
                LoadOptions.of(1, 10).withTimeouts(SHORT_CONNECT, SHORT_CONNECT, Duration.ofMinutes(1))));
        assertTrue(e.getMessage().contains("is the key in the address its key?"), e.getMessage());
    }

    /** The relay counts a connection until its channel closes, which follows the client's close shortly. */
    private void awaitNoConnections() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (relay.openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, relay.openConnections());
    }

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}

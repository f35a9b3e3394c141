package app.pli.tests.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.cli.PliProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code pli relay bench} as its own process against a relay in another process: it moves
 * every block exactly once and reports in the promised shape, and it refuses a bad or
 * unreachable relay with one line. No timing is asserted; figures are for the docs.
 */
class RelayBenchProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REPORT_FIELDS = List.of("blocks", "warmup_blocks", "pairs", "seconds",
            "blocks_per_second", "p50_ms", "p90_ms", "p99_ms", "max_ms", "lost", "duplicated", "idle_connections");

    private static Path data;
    private static RelayProcess relay;
    private static String address;

    @BeforeAll
    static void startRelay() throws Exception {
        data = Files.createTempDirectory("pli-bench-relay");
        relay = RelayProcess.start("127.0.0.1:0", data, "--json");
        address = JSON.readTree(relay.firstLine()).path("address").asText();
    }

    @AfterAll
    static void stopRelay() throws Exception {
        try {
            if (relay != null) {
                relay.close();
            }
        } finally {
            deleteTree(data);
        }
    }

    @Test
    void benchMovesEveryBlockOnceAndReportsAsJson() throws Exception {
        PliProcess.Result r = PliProcess.run("relay", "bench", "--relay", address, "--pairs", "8", "--blocks", "2000",
                "--json");
        assertEquals(0, r.exitCode(), r.stderr());
        JsonNode report = JSON.readTree(r.stdout());
        for (String field : REPORT_FIELDS) {
            assertTrue(report.has(field), "field " + field + " in " + r.stdout());
        }
        assertEquals(2000, report.get("blocks").asInt());
        assertEquals(8, report.get("pairs").asInt());
        assertEquals(0, report.get("lost").asLong(), r.stdout());
        assertEquals(0, report.get("duplicated").asLong(), r.stdout());
        assertTrue(report.get("blocks_per_second").asDouble() > 0, r.stdout());
        assertEquals(1, r.stdout().strip().lines().count(), "one JSON object: " + r.stdout());
    }

    @Test
    void pacedBenchWithIdleConnectionsAndWarmupPrintsAReadableSummary() throws Exception {
        PliProcess.Result r = PliProcess.run("relay", "bench", "--relay", address, "--pairs", "4", "--blocks", "800",
                "--rate", "400", "--idle-connections", "50", "--warmup", "1");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("throughput:"), r.stdout());
        assertTrue(r.stdout().contains("p99"), r.stdout());
        assertTrue(r.stdout().lines().anyMatch(l -> l.matches("lost: +0")), r.stdout());
        assertTrue(r.stdout().lines().anyMatch(l -> l.matches("duplicated: +0")), r.stdout());
        assertTrue(r.stdout().lines().anyMatch(l -> l.matches("idle: +50 connections held during the run")),
                r.stdout());
        String blocksLine = "blocks: +800 over 4 pairs \\(the first \\d+ only to warm up\\)";
        assertTrue(r.stdout().lines().anyMatch(l -> l.matches(blocksLine)), r.stdout());
    }

    @Test
    void malformedAddressIsOneLineAndExitOne() throws Exception {
        PliProcess.Result r = PliProcess.run("relay", "bench", "--relay", "nonsense", "--pairs", "1", "--blocks", "1");
        assertEquals(1, r.exitCode(), r.stderr());
        assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
        assertTrue(r.stderr().startsWith("pli: "), r.stderr());
        assertTrue(r.stderr().contains("relay address"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), r.stderr());
        assertEquals("", r.stdout(), "nothing on stdout for a refused address");
    }

    @Test
    void unreachableRelayIsAClearErrorAfterABoundedWait() throws Exception {
        String key = address.substring(address.lastIndexOf('/') + 1);
        String nobodyThere = "pli-relay://127.0.0.1:" + freePort() + "/" + key;
        PliProcess.Result r =
                PliProcess.run("relay", "bench", "--relay", nobodyThere, "--pairs", "2", "--blocks", "10");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().startsWith("pli: no relay answered at 127.0.0.1:"), r.stderr());
        assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

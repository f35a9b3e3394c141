package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.pli.tests.cli.PliProcess;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real relay, {@code pli relay serve --listen 127.0.0.1:PORT --data DIR --json [extra...]},
 * in its own JVM on a fixed port, so a test can kill it with SIGKILL and start it again on the
 * same port and data with the same address. Its output goes to files, so no pipe ever fills
 * up. {@link #close()} always ends the current process. Shared by the messaging and file tests.
 */
public final class RelayServer implements AutoCloseable {
    private static final long FIRST_LINE_TIMEOUT_MS = 60_000;
    private static final long STOP_TIMEOUT_S = 30;

    private final Path data;
    private final Path logs;
    private final int port;
    private Process process;
    private String address;

    private final List<String> extra;

    private RelayServer(Path data, Path logs, int port, List<String> extra) {
        this.data = data;
        this.logs = logs;
        this.port = port;
        this.extra = List.copyOf(extra);
    }

    /** Starts a relay on a free loopback port keeping its data in {@code data}. */
    public static RelayServer start(Path data, Path logs) throws IOException, InterruptedException {
        return start(data, logs, List.of());
    }

    /** Starts a relay on a free loopback port keeping its data in {@code data}, with {@code extra} options. */
    public static RelayServer start(Path data, Path logs, List<String> extra) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        RelayServer relay = new RelayServer(data, logs, freePort(), extra);
        relay.address = relay.launch();
        return relay;
    }

    /** The relay's address token, the same across restarts. */
    public String address() {
        return address;
    }

    /** The relay's data directory. */
    public Path data() {
        return data;
    }

    /** The relay's SQLite store. */
    public Path store() {
        return data.resolve(app.pli.transport.relay.server.RelayServer.STORE_FILE);
    }

    /** Whether the relay's current process still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The relay's current process, to signal it. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Kills the relay with SIGKILL, as a power cut would, and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Starts the relay again on the same port and data; it must come back under the same address. */
    public void restart() throws IOException, InterruptedException {
        if (process.isAlive()) {
            throw new IllegalStateException("the relay still runs");
        }
        assertEquals(address, launch(), "the restarted relay has the same address");
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(STOP_TIMEOUT_S, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private String launch() throws IOException, InterruptedException {
        Path out = logs.resolve("relay-out.txt");
        Path err = logs.resolve("relay-err.txt");
        List<String> command = new java.util.ArrayList<>(List.of(PliProcess.launcher().toString(), "relay", "serve",
                "--listen", "127.0.0.1:" + port, "--data", data.toString(), "--json"));
        command.addAll(extra);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.appendTo(err.toFile()));
        PliProcess.pinJvm(pb.environment());
        process = pb.start();
        process.getOutputStream().close();
        try {
            String first = awaitFirstLine(out, err);
            return new ObjectMapper().readTree(first).path("address").asText();
        } catch (IOException | InterruptedException | AssertionError e) {
            process.destroyForcibly().waitFor(STOP_TIMEOUT_S, TimeUnit.SECONDS);
            throw e;
        }
    }

    private String awaitFirstLine(Path out, Path err) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + FIRST_LINE_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            String text = Files.readString(out, StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            if (newline >= 0) {
                return text.substring(0, newline);
            }
            if (!process.isAlive()) {
                throw new AssertionError("the relay exited with " + process.exitValue()
                        + " before printing its address: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the relay printed no address within " + FIRST_LINE_TIMEOUT_MS + " ms");
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}

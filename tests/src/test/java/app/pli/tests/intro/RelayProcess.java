package app.pli.tests.intro;

import app.pli.tests.cli.PliProcess;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real relay, {@code pli relay serve --listen 127.0.0.1:0 --data DIR --json}, run as its own
 * process for end-to-end tests; {@link #close()} ends it and waits for it.
 */
final class RelayProcess implements AutoCloseable {
    private final Process process;
    private final String address;

    private RelayProcess(Process process, String address) {
        this.process = process;
        this.address = address;
    }

    /** Starts a relay keeping its data in {@code data} and reads its address from the first line. */
    static RelayProcess start(Path data) throws IOException, InterruptedException {
        Process process = PliProcess.start(Map.of(), "relay", "serve", "--listen", "127.0.0.1:0",
                "--data", data.toString(), "--json");
        try {
            process.getOutputStream().close();
            process.getErrorStream().close();
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = stdout.readLine();
            if (first == null) {
                throw new AssertionError("the relay exited before printing its address (exit "
                        + process.waitFor() + ")");
            }
            String address = new ObjectMapper().readTree(first).path("address").asText("");
            if (!address.startsWith("pli-relay://")) {
                throw new AssertionError("the relay's first line has no address: " + first);
            }
            return new RelayProcess(process, address);
        } catch (IOException | RuntimeException | AssertionError e) {
            process.destroyForcibly().waitFor();
            throw e;
        }
    }

    /** The relay's address token. */
    String address() {
        return address;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}

package app.pli.cli.relay;

import app.pli.cli.Invocation;
import app.pli.cli.StopSignal;
import app.pli.cli.convert.ByteSize;
import app.pli.cli.convert.DurationConverter;
import app.pli.cli.convert.HostPort;
import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.HostedRelay;
import app.pli.messenger.api.Pli;
import app.pli.messenger.api.RelayHostingOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code pli relay serve}: runs a blind relay until Ctrl-C or SIGTERM. The first line on
 * stdout is the relay's address (as JSON with {@code --json}).
 */
@Command(name = "serve", description = "Run a blind relay until Ctrl-C or SIGTERM.")
public final class RelayServeCommand implements Callable<Integer> {
    /** Bytes of one relay block: {@code --max-storage} is a number of bytes, the relay's cap a number of blocks. */
    private static final long BLOCK_BYTES = 4096;

    @Spec
    CommandSpec spec;

    @Option(names = "--listen", paramLabel = "HOST:PORT", converter = HostPort.Converter.class,
            defaultValue = "127.0.0.1:7337", description = "Address to listen on; port 0 picks a free one (default: ${DEFAULT-VALUE}).")
    HostPort listen;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: the XDG data directory 'pli-relay').")
    Path data;

    @Option(names = "--ttl", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "21d",
            description = "How long an unacknowledged block is kept, e.g. 24h, 21d (default: ${DEFAULT-VALUE}).")
    Duration ttl;

    @Option(names = "--log-connections", description = "Log client IP addresses (off by default).")
    boolean logConnections;

    @Option(names = "--max-connections", paramLabel = "N", description = "Most concurrent connections (default 20000).")
    Integer maxConnections;

    @Option(names = "--max-queued-blocks", paramLabel = "N", description = "Most blocks queued per mailbox (default 10000).")
    Integer maxQueuedBlocks;

    @Option(names = "--max-storage", paramLabel = "SIZE", converter = ByteSize.Converter.class,
            description = "Most bytes of blocks the relay stores in total (default 10GiB).")
    Long maxStorageBytes;

    @Override
    public Integer call() throws PliException, InterruptedException {
        if (maxStorageBytes != null && maxStorageBytes < BLOCK_BYTES) {
            throw new ParameterException(spec.commandLine(), "--max-storage must hold at least one block (4KiB)");
        }
        Invocation invocation = Invocation.of(spec);
        Output out = invocation.output();
        Path dataDir = data != null ? data : Invocation.dataDirectory("pli-relay");
        StopSignal stop = StopSignal.install();
        try (HostedRelay relay = Pli.relayHosting().start(new RelayHostingOptions(listen.host(), listen.port(),
                dataDir, ttl, logConnections, optional(maxConnections), optional(maxQueuedBlocks),
                maxStoredBlocks()))) {
            out.result(Map.of("address", relay.address()), () -> "relay address: " + relay.address());
            out.note("data in " + dataDir.toAbsolutePath() + "; stop with Ctrl-C");
            stop.await();
            out.note("stopping: finishing in-flight commits");
        }
        return 0;
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** {@code --max-storage} in whole blocks; empty when not given. */
    private OptionalLong maxStoredBlocks() {
        return maxStorageBytes == null ? OptionalLong.empty() : OptionalLong.of(maxStorageBytes / BLOCK_BYTES);
    }
}

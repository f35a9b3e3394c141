package app.pli.cli.relay;

import app.pli.cli.Invocation;
import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Pli;
import app.pli.messenger.api.RelayBenchmark;
import app.pli.messenger.api.RelayBenchmarkOptions;
import app.pli.messenger.api.RelayBenchmarkReport;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pli relay bench}: measures a running relay with sender/receiver pairs and prints
 * throughput, latency percentiles and lost and duplicated blocks (one JSON object with
 * {@code --json}).
 */
@Command(name = "bench", description = "Measure a running relay: throughput, latency, lost and duplicated blocks.")
public final class RelayBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--relay", paramLabel = "ADDRESS", required = true,
            description = "The relay's address, pli-relay://HOST:PORT/KEY.")
    String relay;

    @Option(names = "--pairs", paramLabel = "N", defaultValue = "" + RelayBenchmarkOptions.DEFAULT_PAIRS,
            description = "Sender/receiver pairs, each with its own mailbox (default: ${DEFAULT-VALUE}).")
    int pairs;

    @Option(names = "--blocks", paramLabel = "M", defaultValue = "" + RelayBenchmarkOptions.DEFAULT_BLOCKS,
            description = "Blocks of 4096 bytes to move in all (default: ${DEFAULT-VALUE}).")
    int blocks;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "0",
            description = "Pace the deposits at R blocks/s over all pairs; 0 is as fast as possible (default).")
    int rate;

    @Option(names = "--idle-connections", paramLabel = "K", defaultValue = "0",
            description = "Extra subscribed connections held open during the run (default: ${DEFAULT-VALUE}).")
    int idleConnections;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "0",
            description = "Leave the deposits of the first SECONDS out of throughput and latency, so a cold JVM"
                    + " does not skew them; they are still checked for loss (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Override
    public Integer call() throws PliException, InterruptedException {
        Output out = Invocation.of(spec).output();
        RelayBenchmark benchmark = Pli.relayBenchmark();
        RelayBenchmarkOptions options =
                new RelayBenchmarkOptions(relay, pairs, blocks, rate, idleConnections, warmupSeconds);
        benchmark.check(options);
        out.note("measuring " + relay + " with " + pairs + " pairs and " + blocks + " blocks"
                + (rate > 0 ? " at " + rate + " blocks/s" : "")
                + (idleConnections > 0 ? ", holding " + idleConnections + " idle connections" : "")
                + (warmupSeconds > 0 ? ", after a warm-up of " + warmupSeconds + " s" : ""));
        RelayBenchmarkReport report = benchmark.run(options);
        out.result(report, () -> summary(report));
        return 0;
    }

    private static String summary(RelayBenchmarkReport r) {
        String warmup = r.warmupBlocks() > 0 ? " (the first " + r.warmupBlocks() + " only to warm up)" : "";
        return String.format(Locale.ROOT,
                "blocks:      %d over %d pairs%s%n"
                        + "idle:        %d connections held during the run%n"
                        + "throughput:  %.0f blocks/s over %.3f s%n"
                        + "latency:     p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n"
                        + "lost:        %d%n"
                        + "duplicated:  %d",
                r.blocks(), r.pairs(), warmup, r.idleConnections(), r.blocksPerSecond(), r.seconds(), r.p50Ms(),
                r.p90Ms(), r.p99Ms(), r.maxMs(), r.lost(), r.duplicated());
    }
}

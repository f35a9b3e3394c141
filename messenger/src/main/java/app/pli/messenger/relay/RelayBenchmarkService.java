package app.pli.messenger.relay;

import app.pli.core.error.PliException;
import app.pli.messenger.api.RelayBenchmark;
import app.pli.messenger.api.RelayBenchmarkOptions;
import app.pli.messenger.api.RelayBenchmarkReport;
import app.pli.transport.relay.bench.LoadOptions;
import app.pli.transport.relay.bench.LoadReport;
import app.pli.transport.relay.bench.RelayLoadGenerator;
import app.pli.transport.relay.wire.RelayAddress;
import java.time.Duration;

/** Runs the transport's {@link RelayLoadGenerator} behind the Messenger API. */
public final class RelayBenchmarkService implements RelayBenchmark {
    @Override
    public void check(RelayBenchmarkOptions options) throws PliException {
        RelayAddress.parse(options.relayAddress());
        loadOptions(options);
    }

    @Override
    public RelayBenchmarkReport run(RelayBenchmarkOptions options) throws PliException, InterruptedException {
        RelayAddress address = RelayAddress.parse(options.relayAddress());
        LoadReport r = RelayLoadGenerator.run(address, loadOptions(options));
        return new RelayBenchmarkReport(r.blocks(), r.warmupBlocks(), r.pairs(), r.seconds(), r.blocksPerSecond(),
                r.p50Ms(), r.p90Ms(), r.p99Ms(), r.maxMs(), r.lost(), r.duplicated(), r.idleConnections());
    }

    private static LoadOptions loadOptions(RelayBenchmarkOptions options) throws PliException {
        try {
            return LoadOptions.of(options.pairs(), options.blocks())
                    .withRate(options.rate())
                    .withIdleConnections(options.idleConnections())
                    .withWarmup(Duration.ofSeconds(options.warmupSeconds()));
        } catch (IllegalArgumentException e) {
            // The options' own validation message names the option and the value.
            throw new PliException("invalid benchmark option: " + e.getMessage());
        }
    }
}

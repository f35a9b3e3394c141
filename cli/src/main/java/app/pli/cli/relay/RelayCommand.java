package app.pli.cli.relay;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pli relay}: run a blind relay, or measure one. */
@Command(name = "relay", description = "Run or measure a blind relay.",
        subcommands = {RelayServeCommand.class, RelayUseCommand.class, RelayBenchCommand.class})
public final class RelayCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

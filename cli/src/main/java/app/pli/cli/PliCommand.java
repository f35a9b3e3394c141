package app.pli.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The root {@code pli} command. It holds the global options (inherited by every
 * subcommand, so they may stand before or after it) and lists the subcommands.
 */
@Command(
        name = "pli",
        mixinStandardHelpOptions = true,
        versionProvider = PliVersion.class,
        description = {
            "Pli: a metadata-minimizing messenger.",
            "Identities are key pairs introduced in person; messages cross a blind relay"
                    + " or the local network, end-to-end encrypted."
        },
        subcommands = {picocli.CommandLine.HelpCommand.class})
public final class PliCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

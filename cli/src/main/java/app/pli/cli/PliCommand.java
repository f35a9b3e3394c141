package app.pli.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root {@code pli} command: its name, description and global options (inherited by every
 * subcommand, so they may stand before or after it). The subcommands are listed by
 * {@link PliCommandTree}; a command run for its own sake gets only the one it names
 * ({@link PliCommandLine#forArguments}), sparing the reflection over all the others.
 */
@Command(
        name = "pli",
        mixinStandardHelpOptions = true,
        // Every subcommand gets --help (and --version) too.
        scope = ScopeType.INHERIT,
        versionProvider = PliVersion.class,
        description = {
            "Pli: a metadata-minimizing messenger.",
            "Identities are key pairs introduced in person; messages cross a blind relay"
                    + " or the local network, end-to-end encrypted."
        })
public class PliCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

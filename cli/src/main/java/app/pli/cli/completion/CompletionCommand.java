package app.pli.cli.completion;

import app.pli.cli.ExitCodes;
import app.pli.cli.PliCommandLine;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pli completion bash|zsh|fish}: prints a completion script for the whole command
 * tree to stdout, generated from picocli's model of it. An unknown shell is a usage error:
 * one line on stderr, exit 2.
 */
@Command(name = "completion",
        description = "Print a shell completion script (bash, zsh or fish) for every pli command.",
        footer = {"", "Install, e.g.:",
            "  bash: pli completion bash > ~/.local/share/bash-completion/completions/pli",
            "  zsh:  echo 'source <(pli completion zsh)' >> ~/.zshrc",
            "  fish: pli completion fish > ~/.config/fish/completions/pli.fish"})
public final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", completionCandidates = Shell.Names.class,
            description = "The shell: bash, zsh or fish.")
    String shell;

    @Override
    public Integer call() {
        Optional<Shell> chosen = Shell.named(shell);
        if (chosen.isEmpty()) {
            spec.commandLine().getErr().println("pli: unknown shell '" + shell + "'; choose one of: "
                    + String.join(", ", Shell.names()));
            return ExitCodes.USAGE;
        }
        // The whole tree, whichever root this run was given (PliCommandLine#forArguments).
        CommandLine tree = PliCommandLine.create(spec.commandLine().getOut(), spec.commandLine().getErr());
        spec.commandLine().getOut().print(chosen.get().script(tree));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

package app.pli.cli.completion;

import picocli.CommandLine;

/**
 * The zsh completion script: the bash script behind zsh's {@code bashcompinit}, the route
 * picocli documents for zsh. Meant to be sourced, e.g. from {@code ~/.zshrc}.
 */
public final class ZshCompletion {
    private ZshCompletion() {}

    /** The zsh script completing {@code root}'s commands, options and their values. */
    public static String script(CommandLine root) {
        String nl = "\n";
        return "# zsh completion for " + Shell.COMMAND + ", generated from its command model by '"
                + Shell.COMMAND + " completion zsh'." + nl
                + "# Install: add  source <(" + Shell.COMMAND + " completion zsh)  to ~/.zshrc" + nl
                + "(( $+functions[compdef] )) || { autoload -U +X compinit && compinit }" + nl
                + "autoload -U +X bashcompinit && bashcompinit" + nl + nl
                + BashCompletion.script(root);
    }
}

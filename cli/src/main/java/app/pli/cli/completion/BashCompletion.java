package app.pli.cli.completion;

import picocli.AutoComplete;
import picocli.CommandLine;

/** The bash completion script: picocli's own generator, run on the command tree. */
public final class BashCompletion {
    private BashCompletion() {}

    /** The bash script completing {@code root}'s commands, options and their values. */
    public static String script(CommandLine root) {
        return AutoComplete.bash(Shell.COMMAND, root);
    }
}

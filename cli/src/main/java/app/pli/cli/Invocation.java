package app.pli.cli;

import app.pli.cli.output.Output;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a running subcommand needs from the command line as a whole: the global options
 * (wherever the user wrote them) and the one output formatter.
 */
public final class Invocation {
    private final GlobalOptions global;
    private final Output output;

    private Invocation(GlobalOptions global, Output output) {
        this.global = global;
        this.output = output;
    }

    /** The invocation of the command described by {@code spec}. */
    public static Invocation of(CommandSpec spec) {
        GlobalOptions global = ((PliCommand) spec.root().userObject()).global;
        return new Invocation(global, new Output(spec.commandLine().getOut(), global.json(), global.quiet()));
    }

    public Output output() {
        return output;
    }

    /** The profile directory. */
    public Path home() {
        return global.home();
    }

    /** The default data directory of another program part, e.g. {@code pli-relay}. */
    public static Path dataDirectory(String name) {
        return GlobalOptions.defaultDataDirectory(System.getenv(), name);
    }
}

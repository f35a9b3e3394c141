package app.pli.cli;

import app.pli.cli.output.Colour;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * The one place that assembles the picocli command tree and its error handling, so every
 * command reports user errors and usage errors the same way.
 */
public final class PliCommandLine {
    private PliCommandLine() {}

    /** A command line writing to the process's standard output and error. */
    public static CommandLine create() {
        return create(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** A command line writing to the given streams (tests capture them). */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new PliCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionExceptionHandler(new ExecutionErrorHandler());
        if (!Colour.allowed()) {
            // NO_COLOR: plain help and usage text even where picocli would colour it.
            cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        }
        return cli;
    }
}

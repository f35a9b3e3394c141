package app.pli.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Answers an unknown command, an unknown option or a bad option value with one error line
 * and a short usage hint on stderr, exit code 2, and never a stack trace.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("pli: " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        String name = cmd.getCommandSpec().qualifiedName();
        String shape = cmd.getSubcommands().isEmpty() ? " [OPTIONS]" : " [OPTIONS] COMMAND";
        err.println("Usage: " + name + shape + "; try '" + name + " --help'.");
        return ExitCodes.USAGE;
    }
}

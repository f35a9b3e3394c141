package app.pli.cli;

import app.pli.core.error.PliException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into one line on stderr and an exit code.
 *
 * <p>A {@link PliException} is a user error (exit 1): its message is already written for a
 * person. Anything else is a bug in Pli (exit 70): one line says so, and the stack trace is
 * printed only when {@code PLI_DEBUG} is set, so no user ever has to read one.
 */
final class ExecutionErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        if (ex instanceof PliException) {
            cmd.getErr().println("pli: " + ex.getMessage());
            return ExitCodes.USER_ERROR;
        }
        cmd.getErr().println("pli: internal error (" + ex.getClass().getSimpleName()
                + "); run again with PLI_DEBUG=1 for details");
        if (System.getenv("PLI_DEBUG") != null) {
            // Only on request: a stack trace is for the developer a user sends it to.
            ex.printStackTrace(cmd.getErr());
        }
        return ExitCodes.INTERNAL_ERROR;
    }
}

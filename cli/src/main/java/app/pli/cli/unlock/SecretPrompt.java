package app.pli.cli.unlock;

import java.io.Console;
import java.util.Optional;

/**
 * Asks a person for a secret without echoing it. The question goes to the terminal, never
 * to standard output, so a command's output stays clean when it is piped.
 */
@FunctionalInterface
public interface SecretPrompt {
    /** The secret typed after {@code question}, or empty when the input ended. */
    Optional<char[]> ask(String question);

    /** A prompt on the process's terminal, if it has one. */
    static Optional<SecretPrompt> onTerminal() {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        return Optional.of(question -> Optional.ofNullable(console.readPassword("%s", question)));
    }
}

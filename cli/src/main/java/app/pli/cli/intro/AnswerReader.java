package app.pli.cli.intro;

import app.pli.core.error.PliException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Asks a person a question and reads one line in answer: on the terminal when there is one,
 * else from standard input with the question on stderr, so standard output carries only
 * results (and stays parseable with {@code --json}).
 */
final class AnswerReader {
    private final Console console;
    private final PrintWriter err;
    private BufferedReader stdin;

    private AnswerReader(Console console, PrintWriter err) {
        this.console = console;
        this.err = err;
    }

    /** A reader on this process's terminal, or its stdin and {@code err}. */
    static AnswerReader ofProcess(PrintWriter err) {
        return new AnswerReader(System.console(), err);
    }

    /** The line typed after {@code question}, or empty when the input ended. */
    Optional<String> ask(String question) throws PliException {
        if (console != null) {
            return Optional.ofNullable(console.readLine("%s", question));
        }
        err.print(question);
        err.flush();
        try {
            if (stdin == null) {
                stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            return Optional.ofNullable(stdin.readLine());
        } catch (IOException e) {
            throw new PliException("cannot read the answer from standard input", e);
        }
    }

    /** Tells the person something between questions. */
    void tell(String line) {
        if (console != null) {
            console.printf("%s%n", line);
            console.flush();
        } else {
            err.println(line);
            err.flush();
        }
    }
}

package app.pli.cli;

import app.pli.cli.output.Colour;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;

/**
 * The one place that assembles the picocli command tree and its error handling, so every
 * command reports user errors and usage errors the same way.
 */
public final class PliCommandLine {
    private PliCommandLine() {}

    /** The whole command tree, writing to the process's standard output and error. */
    public static CommandLine create() {
        return create(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** The whole command tree, writing to the given streams (tests capture them). */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return configure(new CommandLine(new PliCommandTree()), out, err);
    }

    /**
     * A command line for running {@code args} on the process's standard streams: when they
     * name a subcommand, the root with that subcommand alone (picocli then builds the model of
     * one command, not of all of them: a good part of a command's start); otherwise, for help,
     * a bare root or an unknown command, the whole tree. Either way the command behaves and
     * prints the same.
     */
    public static CommandLine forArguments(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        Optional<Class<?>> subcommand = commandWord(args).flatMap(PliCommandLine::subcommandNamed);
        if (subcommand.isEmpty()) {
            return create(out, err);
        }
        CommandLine cli = new CommandLine(new PliCommand());
        cli.addSubcommand(subcommand.get());
        return configure(cli, out, err);
    }

    /** The first argument that is neither an option nor the value of {@code --home}. */
    static Optional<String> commandWord(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return Optional.of(args[i]);
            }
        }
        return Optional.empty();
    }

    /** The subcommand of {@link PliCommandTree} called {@code word}; never {@code help}, which needs the tree. */
    static Optional<Class<?>> subcommandNamed(String word) {
        return Arrays.stream(PliCommandTree.class.getAnnotation(Command.class).subcommands())
                .filter(type -> type != CommandLine.HelpCommand.class)
                .filter(type -> {
                    Command command = type.getAnnotation(Command.class);
                    return command.name().equals(word) || Arrays.asList(command.aliases()).contains(word);
                })
                .findFirst();
    }

    private static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
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

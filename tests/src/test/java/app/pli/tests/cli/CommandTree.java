package app.pli.tests.cli;

import app.pli.cli.PliCommandLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine;

/** The command paths of {@code pli}'s picocli model ("" for the root, "group add", ...). */
final class CommandTree {
    private CommandTree() {}

    /** Every command path, the root first, depth first, hidden commands left out. */
    static List<String> paths() {
        List<String> paths = new ArrayList<>();
        walk(PliCommandLine.create(), "", paths);
        return paths;
    }

    private static void walk(CommandLine command, String path, List<String> paths) {
        paths.add(path);
        for (CommandLine child : new LinkedHashSet<>(command.getSubcommands().values())) {
            if (!child.getCommandSpec().usageMessage().hidden()) {
                String name = child.getCommandName();
                walk(child, path.isEmpty() ? name : path + " " + name, paths);
            }
        }
    }

    /** Whether {@code program} is on the PATH. */
    static boolean installed(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}

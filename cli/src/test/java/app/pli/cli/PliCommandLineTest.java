package app.pli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root a run is given ({@link PliCommandLine#forArguments}): the one subcommand it names,
 * with the global options, or the whole tree when it names none it knows.
 */
class PliCommandLineTest {
    @Test
    void aNamedSubcommandComesAloneWithTheGlobalOptionsAndItsOwnSubcommands() {
        CommandLine cli = PliCommandLine.forArguments("--home", "/tmp/x", "contacts", "rename", "A", "B");
        assertEquals(List.of("contacts"), List.copyOf(cli.getSubcommands().keySet()));
        CommandLine contacts = cli.getSubcommands().get("contacts");
        assertTrue(contacts.getSubcommands().containsKey("rename"));
        for (String option : List.of("--home", "--json", "--quiet", "--help")) {
            assertTrue(contacts.getCommandSpec().findOption(option) != null, option + " inherited");
        }
    }

    @Test
    void helpABareRootAndUnknownWordsGetTheWholeTree() {
        int all = PliCommandLine.create().getSubcommands().size();
        for (String[] args : List.of(new String[] {"help", "contacts"}, new String[] {}, new String[] {"--help"},
                new String[] {"no-such-command"}, new String[] {"--home", "contacts"})) {
            assertEquals(all, PliCommandLine.forArguments(args).getSubcommands().size(), String.join(" ", args));
        }
    }

    @Test
    void everySubcommandOfTheTreeCanBeFoundByItsName() {
        Map<String, CommandLine> tree = PliCommandLine.create().getSubcommands();
        for (Map.Entry<String, CommandLine> entry : tree.entrySet()) {
            Optional<Class<?>> found = PliCommandLine.subcommandNamed(entry.getKey());
            if (entry.getKey().equals("help")) {
                assertEquals(Optional.empty(), found, "help needs the whole tree");
            } else {
                assertEquals(entry.getValue().getCommandSpec().userObject().getClass(), found.orElseThrow(), entry.getKey());
                assertEquals(entry.getKey(), found.get().getAnnotation(Command.class).name());
            }
        }
    }
}

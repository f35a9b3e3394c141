package app.pli.cli.profile;

import app.pli.cli.Invocation;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Pli;
import java.io.Console;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pli wipe [--yes]}: destroys the profile for good (its storage key first, then its
 * files), without its passphrase. On a terminal it asks for the word {@code wipe} unless
 * {@code --yes}; elsewhere {@code --yes} is required, so a stray pipe never wipes anything.
 */
@Command(name = "wipe", description = "Destroy this profile for good: keys, contacts, messages, files (a running"
        + " daemon stops).")
public final class WipeCommand implements Callable<Integer> {
    private static final String CONFIRMATION = "wipe";

    @Spec
    CommandSpec spec;

    @Option(names = "--yes", description = "Do not ask for confirmation (required without a terminal).")
    boolean yes;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        Path home = invocation.home();
        if (!yes) {
            confirm(home, System.console());
        }
        Pli.profiles().wipe(home);
        invocation.output().result(Map.of("wiped", home.toString()), () -> "wiped the profile in " + home);
        return 0;
    }

    private static void confirm(Path home, Console console) throws PliException {
        if (console == null) {
            throw new PliException("pli wipe asks for confirmation on a terminal; pass --yes to wipe without one");
        }
        String answer = console.readLine("Destroy the profile in %s for good? Nothing can bring it back."
                + " Type '%s' to confirm: ", home, CONFIRMATION);
        if (answer == null || !answer.strip().equals(CONFIRMATION)) {
            throw new PliException("not wiped");
        }
    }
}

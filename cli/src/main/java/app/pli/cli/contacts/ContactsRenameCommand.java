package app.pli.cli.contacts;

import app.pli.cli.Invocation;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pli contacts rename OLD NEW}: changes the local name of a contact. */
@Command(name = "rename", description = "Change the name you gave a contact.")
public final class ContactsRenameCommand implements Callable<Integer> {
    /** The JSON result: the contact's new and previous name. */
    record Renamed(String name, String previousName) {}

    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Parameters(index = "0", paramLabel = "OLD", description = "The contact's current name.")
    String oldName;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new name.")
    String newName;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            messenger.renameContact(oldName, newName);
        }
        invocation.output().result(new Renamed(newName, oldName), () -> "renamed " + oldName + " to " + newName);
        return 0;
    }
}

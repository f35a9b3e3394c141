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

/** {@code pli contacts remove NAME}: forgets a contact (or an introduction in progress). */
@Command(name = "remove", description = "Forget a contact.")
public final class ContactsRemoveCommand implements Callable<Integer> {
    /** The JSON result: the name of the contact removed. */
    record Removed(String removed) {}

    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Parameters(paramLabel = "NAME", description = "The contact to forget.")
    String name;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            messenger.removeContact(name);
        }
        invocation.output().result(new Removed(name), () -> "removed " + name);
        return 0;
    }
}

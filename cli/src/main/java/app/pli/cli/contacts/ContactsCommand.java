package app.pli.cli.contacts;

import app.pli.cli.Invocation;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pli contacts}: lists the contacts with their state (JSON: an array), and holds the
 * {@code rename}, {@code remove} and {@code add-from-group} subcommands. Members known only
 * through a group are not listed.
 */
@Command(name = "contacts", description = "List your contacts, or rename or remove one.",
        subcommands = {ContactsRenameCommand.class, ContactsRemoveCommand.class, ContactsAddFromGroupCommand.class})
public final class ContactsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            List<ContactView> contacts = messenger.contacts().stream().map(ContactView::of).toList();
            invocation.output().result(contacts, () -> ContactTable.render(contacts, !invocation.output().quiet()));
        }
        return 0;
    }
}

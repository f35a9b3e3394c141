package app.pli.cli.contacts;

import app.pli.cli.Invocation;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.Messenger;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pli contacts add-from-group GROUP MEMBER [--name NAME]}: a member you know only
 * through a group (introduced by its admin) becomes one of your contacts, listed like any
 * other (JSON: the contact as {@code pli contacts} prints it).
 */
@Command(name = "add-from-group", description = "Make a member you met through a group one of your contacts.")
public final class ContactsAddFromGroupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Parameters(index = "0", paramLabel = "GROUP", description = "The group's name or id prefix.")
    String group;

    @Parameters(index = "1", paramLabel = "MEMBER", description = "The member's name, as pli group show lists it.")
    String member;

    @Option(names = "--name", paramLabel = "NAME", description = "Your name for the new contact.")
    String name;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            ContactInfo contact = messenger.groups().addContact(group, member, Optional.ofNullable(name));
            ContactView view = ContactView.of(contact);
            invocation.output().result(view, () -> contact.name() + " is now among your contacts ("
                    + contact.state() + contact.introducedBy().map(by -> " by " + by).orElse("") + ")");
        }
        return 0;
    }
}

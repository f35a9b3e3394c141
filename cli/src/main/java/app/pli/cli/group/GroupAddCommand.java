package app.pli.cli.group;

import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.GroupDetails;
import app.pli.messenger.api.MessengerGroups;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code pli group add GROUP CONTACT...}: an admin adds contacts (verified in person or
 * introduced); each is invited, and introduced to the other members (JSON: the group as
 * {@code pli group show} prints it).
 */
@Command(name = "add", description = "Add contacts to a group (admins only).")
public final class GroupAddCommand extends GroupSubcommand {
    @Parameters(index = "0", paramLabel = "GROUP", description = "The group's name or id prefix.")
    String group;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "CONTACT", description = "The contacts to add.")
    List<String> contacts;

    @Override
    protected void run(MessengerGroups groups, Output out) throws PliException {
        GroupDetails details = groups.add(group, contacts);
        out.result(GroupDetailsView.of(details), () -> "added " + String.join(", ", contacts) + " to "
                + details.group().name() + "; they are invited, and introduced to the other members");
    }
}

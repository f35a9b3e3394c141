package app.pli.cli.group;

import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.GroupDetails;
import app.pli.messenger.api.MessengerGroups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pli group rename GROUP NEW}: an admin renames the group (JSON: the group as {@code pli group show} prints it). */
@Command(name = "rename", description = "Rename a group (admins only).")
public final class GroupRenameCommand extends GroupSubcommand {
    @Parameters(index = "0", paramLabel = "GROUP", description = "The group's name or id prefix.")
    String group;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new name.")
    String newName;

    @Override
    protected void run(MessengerGroups groups, Output out) throws PliException {
        GroupDetails details = groups.rename(group, newName);
        out.result(GroupDetailsView.of(details), () -> "renamed the group to " + details.group().name());
    }
}

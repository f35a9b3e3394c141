package app.pli.cli.group;

import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.MessengerGroups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pli group show GROUP}: the group's state and members (JSON: {@link GroupDetailsView}). */
@Command(name = "show", description = "Show a group's members and roles.")
public final class GroupShowCommand extends GroupSubcommand {
    @Parameters(index = "0", paramLabel = "GROUP", description = "The group's name or id prefix.")
    String group;

    @Override
    protected void run(MessengerGroups groups, Output out) throws PliException {
        GroupDetailsView view = GroupDetailsView.of(groups.show(group));
        out.result(view, view::text);
    }
}

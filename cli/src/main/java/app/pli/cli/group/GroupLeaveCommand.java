package app.pli.cli.group;

import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.GroupInfo;
import app.pli.messenger.api.MessengerGroups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pli group leave GROUP}: Leave a group; the others are told. (JSON: the group as {@code pli group list} prints it). */
@Command(name = "leave", description = "Leave a group; the others are told.")
public final class GroupLeaveCommand extends GroupSubcommand {
    @Parameters(index = "0", paramLabel = "GROUP", description = "The group's name or id prefix.")
    String group;

    @Override
    protected void run(MessengerGroups groups, Output out) throws PliException {
        GroupInfo info = groups.leave(group);
        out.result(GroupView.of(info), () -> String.format("you left %s", info.name()));
    }
}

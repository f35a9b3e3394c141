package app.pli.cli.group;

import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.GroupInfo;
import app.pli.messenger.api.MessengerGroups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pli group accept GROUP}: Accept an invitation to a group. (JSON: the group as {@code pli group list} prints it). */
@Command(name = "accept", description = "Accept an invitation to a group.")
public final class GroupAcceptCommand extends GroupSubcommand {
    @Parameters(index = "0", paramLabel = "GROUP", description = "The group's name or id prefix.")
    String group;

    @Override
    protected void run(MessengerGroups groups, Output out) throws PliException {
        GroupInfo info = groups.accept(group);
        out.result(GroupView.of(info), () -> String.format("you are a member of %s; its members are introduced to you as they answer", info.name()));
    }
}

package app.pli.cli.group;

import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.GroupDetails;
import app.pli.messenger.api.MessengerGroups;
import picocli.CommandLine.Command;

/** {@code pli group remove GROUP MEMBER}: Remove a member from a group (admins only); it receives nothing sent after. (JSON: the group as {@code pli group show} prints it). */
@Command(name = "remove", description = "Remove a member from a group (admins only); it receives nothing sent after.")
public final class GroupRemoveCommand extends GroupMemberSubcommand {
    @Override
    protected void run(MessengerGroups groups, Output out) throws PliException {
        GroupDetails details = groups.remove(group, member);
        out.result(GroupDetailsView.of(details), () -> String.format("removed %s from %s", member, details.group().name()));
    }
}

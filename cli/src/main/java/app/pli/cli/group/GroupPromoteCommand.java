package app.pli.cli.group;

import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.GroupDetails;
import app.pli.messenger.api.MessengerGroups;
import picocli.CommandLine.Command;

/** {@code pli group promote GROUP MEMBER}: Make a member of a group an admin (admins only). (JSON: the group as {@code pli group show} prints it). */
@Command(name = "promote", description = "Make a member of a group an admin (admins only).")
public final class GroupPromoteCommand extends GroupMemberSubcommand {
    @Override
    protected void run(MessengerGroups groups, Output out) throws PliException {
        GroupDetails details = groups.promote(group, member);
        out.result(GroupDetailsView.of(details), () -> String.format("%s is now an admin of %s", member, details.group().name()));
    }
}

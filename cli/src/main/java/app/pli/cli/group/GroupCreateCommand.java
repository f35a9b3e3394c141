package app.pli.cli.group;

import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.GroupInfo;
import app.pli.messenger.api.MessengerGroups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pli group create NAME}: a new group with you its only member and admin (JSON: {@code id}, {@code name}, ...). */
@Command(name = "create", description = "Create a group; you are its admin.")
public final class GroupCreateCommand extends GroupSubcommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The group's name.")
    String name;

    @Override
    protected void run(MessengerGroups groups, Output out) throws PliException {
        GroupInfo group = groups.create(name);
        String prefix = group.id().substring(0, 8);
        out.result(GroupView.of(group), () -> "created " + group.name() + " (" + prefix + ")"
                + (out.quiet() ? "" : "; add members with: pli group add " + prefix + " CONTACT..."));
    }
}

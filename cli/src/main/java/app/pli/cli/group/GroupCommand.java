package app.pli.cli.group;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pli group}: the groups' subcommands. GROUP is a group's name or a prefix of at
 * least four hex digits of its id; a name several groups share is refused with their ids.
 */
@Command(name = "group", description = "Create, change, answer and list groups (see the subcommands).",
        subcommands = {GroupCreateCommand.class, GroupAddCommand.class, GroupRemoveCommand.class,
            GroupPromoteCommand.class, GroupRenameCommand.class, GroupLeaveCommand.class, GroupAcceptCommand.class,
            GroupDeclineCommand.class, GroupListCommand.class, GroupShowCommand.class})
public final class GroupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a subcommand: create, add, remove, promote, rename, leave, accept, decline, list or show");
    }
}

package app.pli.cli.group;

import picocli.CommandLine.Parameters;

/** A {@code pli group} subcommand about one member of one group: {@code GROUP MEMBER}. */
abstract class GroupMemberSubcommand extends GroupSubcommand {
    @Parameters(index = "0", paramLabel = "GROUP", description = "The group's name or id prefix.")
    String group;

    @Parameters(index = "1", paramLabel = "MEMBER", description = "The member's name, as pli group show lists it.")
    String member;
}

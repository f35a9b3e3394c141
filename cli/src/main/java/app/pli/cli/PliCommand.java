package app.pli.cli;

import app.pli.cli.completion.CompletionCommand;
import app.pli.cli.contacts.ContactsCommand;
import app.pli.cli.demo.DemoCommand;
import app.pli.cli.files.FilesCommand;
import app.pli.cli.group.GroupCommand;
import app.pli.cli.intro.AcceptCommand;
import app.pli.cli.intro.InviteCommand;
import app.pli.cli.intro.VerifyCommand;
import app.pli.cli.message.ChatCommand;
import app.pli.cli.message.DaemonCommand;
import app.pli.cli.message.MessagesCommand;
import app.pli.cli.message.SendCommand;
import app.pli.cli.offer.IntroduceCommand;
import app.pli.cli.offer.OffersCommand;
import app.pli.cli.profile.IdCommand;
import app.pli.cli.profile.InitCommand;
import app.pli.cli.relay.RelayCommand;
import app.pli.cli.sync.SyncCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root {@code pli} command. It holds the global options (inherited by every
 * subcommand, so they may stand before or after it) and lists the subcommands.
 */
@Command(
        name = "pli",
        mixinStandardHelpOptions = true,
        // Every subcommand gets --help (and --version) too.
        scope = ScopeType.INHERIT,
        versionProvider = PliVersion.class,
        description = {
            "Pli: a metadata-minimizing messenger.",
            "Identities are key pairs introduced in person; messages cross a blind relay"
                    + " or the local network, end-to-end encrypted."
        },
        subcommands = {InitCommand.class, IdCommand.class, InviteCommand.class, AcceptCommand.class,
            VerifyCommand.class, ContactsCommand.class, IntroduceCommand.class, OffersCommand.class, SendCommand.class,
            MessagesCommand.class, ChatCommand.class, GroupCommand.class, FilesCommand.class,
            SyncCommand.class,
            DaemonCommand.class, RelayCommand.class, DemoCommand.class, CompletionCommand.class,
            picocli.CommandLine.HelpCommand.class})
public final class PliCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

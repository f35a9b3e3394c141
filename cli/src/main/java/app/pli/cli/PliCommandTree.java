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
import app.pli.cli.profile.WipeCommand;
import app.pli.cli.relay.RelayCommand;
import app.pli.cli.sync.SyncCommand;
import picocli.CommandLine.Command;

/**
 * The whole {@code pli} command tree: the root of {@link PliCommand} (picocli merges its
 * {@code @Command} attributes and options) with every subcommand, in the order of the usage
 * text. Help, completion scripts and the man pages (generated at build from this class) see
 * this tree; the single place that lists the subcommands.
 */
@Command(subcommands = {InitCommand.class, IdCommand.class, InviteCommand.class, AcceptCommand.class,
    VerifyCommand.class, ContactsCommand.class, IntroduceCommand.class, OffersCommand.class, SendCommand.class,
    MessagesCommand.class, ChatCommand.class, GroupCommand.class, FilesCommand.class, SyncCommand.class,
    DaemonCommand.class, RelayCommand.class, WipeCommand.class, DemoCommand.class, CompletionCommand.class,
    picocli.CommandLine.HelpCommand.class})
public final class PliCommandTree extends PliCommand {
}

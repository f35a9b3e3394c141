package app.pli.cli.message;

import app.pli.cli.Invocation;
import app.pli.cli.output.Colour;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.GroupDetails;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.OnlineListener;
import app.pli.messenger.api.OnlineSession;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pli chat CONTACT} or {@code pli chat --group GROUP}: an interactive conversation. It shows recent history, goes
 * online (incoming messages appear above the prompt as they arrive), sends each typed line,
 * and leaves on {@code /quit}, Ctrl-D or Ctrl-C. A verified contact is marked {@code ✓}; an
 * unverified one is marked in every line and warned about at the start.
 */
@Command(name = "chat", description = "Talk with a contact, or in a group, interactively (/quit leaves).")
public final class ChatCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Mixin
    LanOptions lan;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTACT", description = "The contact's name.")
    String contact;

    @Option(names = "--group", paramLabel = "GROUP", description = "Talk in a group (its name or id prefix) instead.")
    String group;

    @Option(names = "--history", paramLabel = "N", defaultValue = "20",
            description = "How many earlier messages to show (default: ${DEFAULT-VALUE}).")
    int history;

    @Override
    public Integer call() throws PliException, IOException {
        Invocation invocation = Invocation.of(spec);
        if ((contact == null) == (group == null)) {
            throw new ParameterException(spec.commandLine(), "name a CONTACT, or a group with --group GROUP");
        }
        try (Messenger messenger = unlock.open(invocation.home());
                Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            ChatLook style;
            List<MessageInfo> earlier;
            if (group != null) {
                GroupDetails details = messenger.groups().show(group);
                group = details.group().name();
                style = new GroupChatStyle(group, details.members().size());
                earlier = messenger.groups().messages(group, Math.max(1, history));
            } else {
                ContactInfo peer = messenger.contacts().stream().filter(c -> c.name().equals(contact)).findFirst()
                        .orElseThrow(() -> new PliException("no contact has that name"));
                style = new ChatStyle(peer, Colour.allowed() && !Terminal.TYPE_DUMB.equals(terminal.getType())
                        && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType()));
                earlier = messenger.messages(contact, Math.max(1, history));
            }
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            if (!Colour.allowed()) {
                reader.option(LineReader.Option.DISABLE_HIGHLIGHTER, true); // NO_COLOR: JLine colours nothing
            }
            terminal.writer().println(style.banner());
            for (MessageInfo message : earlier) {
                terminal.writer().println(style.line(message));
            }
            terminal.flush();
            try (OnlineSession session = messenger.goOnline(new Incoming(reader, style), lan.mode())) {
                converse(reader, session, style);
            }
        }
        return 0;
    }

    private void converse(LineReader reader, OnlineSession session, ChatLook style) {
        while (true) {
            String line;
            try {
                line = reader.readLine(style.prompt());
            } catch (EndOfFileException | UserInterruptException e) {
                return;
            }
            String text = line.strip();
            if (text.equals("/quit")) {
                return;
            }
            if (text.isEmpty()) {
                continue;
            }
            try {
                MessageInfo sent = group != null ? session.sendToGroup(group, text) : session.send(contact, text);
                reader.printAbove(style.line(sent));
            } catch (PliException e) {
                reader.printAbove("not sent: " + e.getMessage());
            }
        }
    }

    /** Prints what arrives for this conversation above the prompt. */
    private final class Incoming implements OnlineListener {
        private final LineReader reader;
        private final ChatLook style;

        Incoming(LineReader reader, ChatLook style) {
            this.reader = reader;
            this.style = style;
        }

        @Override
        public void received(MessageInfo message) {
            if (style.concerns(message)) {
                reader.printAbove(style.line(message));
            } else {
                reader.printAbove("(new message from " + message.contact()
                        + message.group().map(g -> " in " + g).orElse("") + ")");
            }
        }

        @Override
        public void problem(String line) {
            reader.printAbove("problem: " + line);
        }
    }
}

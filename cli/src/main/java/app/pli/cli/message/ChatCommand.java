package app.pli.cli.message;

import app.pli.cli.Invocation;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.OnlineListener;
import app.pli.messenger.api.OnlineSession;
import java.io.IOException;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pli chat CONTACT}: an interactive conversation. It shows recent history, goes
 * online (incoming messages appear above the prompt as they arrive), sends each typed line,
 * and leaves on {@code /quit}, Ctrl-D or Ctrl-C. A verified contact is marked {@code ✓}; an
 * unverified one is marked in every line and warned about at the start.
 */
@Command(name = "chat", description = "Talk with a contact interactively (/quit leaves).")
public final class ChatCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Mixin
    LanOptions lan;

    @Parameters(index = "0", paramLabel = "CONTACT", description = "The contact's name.")
    String contact;

    @Option(names = "--history", paramLabel = "N", defaultValue = "20",
            description = "How many earlier messages to show (default: ${DEFAULT-VALUE}).")
    int history;

    @Override
    public Integer call() throws PliException, IOException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home());
                Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            ContactInfo peer = messenger.contacts().stream().filter(c -> c.name().equals(contact)).findFirst()
                    .orElseThrow(() -> new PliException("no contact has that name"));
            ChatStyle style = new ChatStyle(peer, !Terminal.TYPE_DUMB.equals(terminal.getType())
                    && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType()));
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            terminal.writer().println(style.banner());
            for (MessageInfo message : messenger.messages(contact, Math.max(1, history))) {
                terminal.writer().println(style.line(message));
            }
            terminal.flush();
            try (OnlineSession session = messenger.goOnline(new Incoming(reader, style), lan.mode())) {
                converse(reader, session, style);
            }
        }
        return 0;
    }

    private void converse(LineReader reader, OnlineSession session, ChatStyle style) {
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
                MessageInfo sent = session.send(contact, text);
                reader.printAbove(style.line(sent));
            } catch (PliException e) {
                reader.printAbove("not sent: " + e.getMessage());
            }
        }
    }

    /** Prints what arrives for this conversation above the prompt. */
    private final class Incoming implements OnlineListener {
        private final LineReader reader;
        private final ChatStyle style;

        Incoming(LineReader reader, ChatStyle style) {
            this.reader = reader;
            this.style = style;
        }

        @Override
        public void received(MessageInfo message) {
            if (message.contact().equals(contact)) {
                reader.printAbove(style.line(message));
            } else {
                reader.printAbove("(new message from " + message.contact() + ")");
            }
        }

        @Override
        public void problem(String line) {
            reader.printAbove("problem: " + line);
        }
    }
}

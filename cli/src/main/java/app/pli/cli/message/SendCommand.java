package app.pli.cli.message;

import app.pli.cli.Invocation;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pli send CONTACT TEXT...} or {@code pli send --group GROUP TEXT...}: records the
 * message (in a group: one copy per member, each in that member's session) and queues it in one transaction,
 * then tries once to hand it to the relay. Prints the id and status ({@code queued} or
 * {@code sent}); JSON at least {@code id} and {@code status}. {@code -} reads the text from
 * stdin.
 */
@Command(name = "send", description = "Send a message to a contact or a group (TEXT '-' reads it from stdin).")
public final class SendCommand implements Callable<Integer> {
    /** Most bytes read from stdin: a little over the 64 KiB limit, so an overlong text gets the limit's message. */
    private static final int MAX_STDIN_BYTES = 64 * 1024 + 1;

    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Option(names = "--group", paramLabel = "GROUP",
            description = "Send to a group (its name or id prefix); then every word is TEXT.")
    String group;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "CONTACT TEXT",
            description = "The contact's name, then the words of the message, or '-'.")
    List<String> arguments;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        List<String> words = group != null ? arguments : arguments.subList(1, arguments.size());
        if (words.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give the message after the contact's name");
        }
        String contact = group != null ? null : arguments.get(0);
        String text = words.equals(List.of("-")) ? readStdin() : String.join(" ", words);
        try (Messenger messenger = unlock.open(invocation.home())) {
            if (group != null) {
                MessageInfo sent = messenger.groups().send(group, text);
                invocation.output().result(MessageView.of(sent), () -> sent.status() + " " + sent.id() + " to "
                        + sent.group().orElse(group) + " (" + sent.deliveries().size() + " members)");
                return 0;
            }
            MessageInfo sent = messenger.send(contact, text);
            MessageView view = MessageView.of(sent);
            String trust = invocation.output().json() ? "" : messenger.contacts().stream()
                    .filter(c -> c.name().equals(sent.contact())).findFirst().map(TrustNote::of).orElse("");
            invocation.output().result(view, () -> sent.status() + " " + sent.id() + " to " + sent.contact()
                    + (trust.isEmpty() ? "" : " " + trust));
        }
        return 0;
    }

    private static String readStdin() throws PliException {
        try {
            InputStream in = System.in;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0 && bytes.size() < MAX_STDIN_BYTES) {
                bytes.write(buffer, 0, Math.min(n, MAX_STDIN_BYTES - bytes.size()));
            }
            String text = bytes.toString(StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new PliException("cannot read the message from stdin: " + e.getMessage());
        }
    }
}

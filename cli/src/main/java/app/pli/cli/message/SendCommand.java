package app.pli.cli.message;

import app.pli.cli.Invocation;
import app.pli.cli.files.TransferDisplay;
import app.pli.cli.output.Output;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * stdin. With {@code --file PATH} (repeatable) TEXT may be left out: the message carries the
 * files, {@code recorded ID (N files)} is printed as soon as it is recorded, and it is queued
 * once they are uploaded; {@code --progress-json} adds the {@link TransferDisplay}'s JSON
 * progress lines before the result.
 */
@Command(name = "send", description = "Send a message, or files, to a contact or a group (TEXT '-' reads stdin).")
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

    @Option(names = {"-f", "--file"}, paramLabel = "PATH", description = "Attach a file (repeat for more).")
    List<Path> files;

    @Option(names = "--progress-json", description = "With --json: print progress events as JSON lines first.")
    boolean progressJson;

    @Parameters(index = "0..*", arity = "0..*", paramLabel = "CONTACT TEXT",
            description = "The contact's name, then the words of the message, or '-' (optional with --file).")
    List<String> arguments = List.of();

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        if (progressJson && !invocation.output().json()) {
            throw new ParameterException(spec.commandLine(), "--progress-json needs --json");
        }
        if (group == null && arguments.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "name a CONTACT, or a group with --group GROUP");
        }
        List<Path> attached = files == null ? List.of() : files;
        List<String> words = group != null ? arguments : arguments.subList(1, arguments.size());
        if (words.isEmpty() && attached.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give the message"
                    + (group != null ? "" : " after the contact's name") + ", or a file with --file PATH");
        }
        String contact = group != null ? null : arguments.get(0);
        String text = words.equals(List.of("-")) ? readStdin() : String.join(" ", words);
        try (Messenger messenger = unlock.open(invocation.home())) {
            MessageInfo sent = send(messenger, contact, text, attached, invocation.output());
            if (group != null) {
                invocation.output().result(MessageView.of(sent), () -> sent.status() + " " + sent.id() + " to "
                        + sent.group().orElse(group) + " (" + sent.deliveries().size() + " members)");
                return 0;
            }
            MessageView view = MessageView.of(sent);
            String trust = invocation.output().json() ? "" : messenger.contacts().stream()
                    .filter(c -> c.name().equals(sent.contact())).findFirst().map(TrustNote::of).orElse("");
            invocation.output().result(view, () -> sent.status() + " " + sent.id() + " to " + sent.contact()
                    + (trust.isEmpty() ? "" : " " + trust));
        }
        return 0;
    }

    /** Sends the message, with its files if any, showing their uploads as they go. */
    private MessageInfo send(Messenger messenger, String contact, String text, List<Path> attached, Output output)
            throws PliException {
        if (attached.isEmpty()) {
            return group != null ? messenger.groups().send(group, text) : messenger.send(contact, text);
        }
        try (TransferDisplay progress = TransferDisplay.of(output, progressJson)) {
            return group != null ? messenger.files().sendToGroup(group, text, attached, progress)
                    : messenger.files().send(contact, text, attached, progress);
        }
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

package app.pli.cli.message;

import app.pli.cli.Invocation;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pli messages CONTACT [--limit N]} or {@code pli messages --group GROUP [--limit N]}:
 * the conversation, oldest first; JSON an array of {@link MessageView}s.
 */
@Command(name = "messages", description = "Show the conversation with a contact, or a group's, oldest first.")
public final class MessagesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTACT", description = "The contact's name.")
    String contact;

    @Option(names = "--group", paramLabel = "GROUP", description = "Show a group's messages (its name or id prefix).")
    String group;

    @Option(names = "--limit", paramLabel = "N", description = "Show only the last N messages (default: all).")
    Integer limit;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        if ((contact == null) == (group == null)) {
            throw new ParameterException(spec.commandLine(), "name a CONTACT, or a group with --group GROUP");
        }
        int last = limit == null ? Integer.MAX_VALUE : limit;
        try (Messenger messenger = unlock.open(invocation.home())) {
            List<MessageInfo> messages = group != null ? messenger.groups().messages(group, last)
                    : messenger.messages(contact, last);
            List<MessageView> views = messages.stream().map(MessageView::of).toList();
            String where = group != null ? "in " + group : "with " + contact;
            invocation.output().result(views, () -> messages.isEmpty() ? (invocation.output().quiet() ? "" : "no messages " + where)
                    : messages.stream().map(m -> MessageView.of(m).line(m)).collect(Collectors.joining(
                            System.lineSeparator())));
        }
        return 0;
    }
}

package app.pli.cli.message;

import app.pli.messenger.api.MessageInfo;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How a group chat looks: each line names its sender as the group knows it; mine carry their status. */
final class GroupChatStyle implements ChatLook {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final String group;
    private final int members;

    GroupChatStyle(String group, int members) {
        this.group = group;
        this.members = members;
    }

    @Override
    public boolean concerns(MessageInfo message) {
        return message.group().equals(Optional.of(group));
    }

    @Override
    public String banner() {
        return "Chat in " + group + " (" + members + " members; pli group show \"" + group + "\" lists them)."
                + " Type a line to send it to all; /quit leaves.";
    }

    @Override
    public String prompt() {
        return "to " + group + "> ";
    }

    @Override
    public String line(MessageInfo message) {
        String who = message.outgoing() ? "me" : message.contact();
        String status = message.outgoing() ? "  [" + message.status() + "]" : "";
        return TIME.format(message.sentAt()) + " " + who + ": " + message.text() + status;
    }
}

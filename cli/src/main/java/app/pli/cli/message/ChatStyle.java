package app.pli.cli.message;

import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.MessageInfo;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How a chat looks: a verified contact's name carries {@code ✓} (green on a colour
 * terminal); an unverified one carries {@code (unverified)} (yellow) in every line, and the
 * banner says how to verify.
 */
final class ChatStyle {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RESET = "\u001b[0m";

    private final ContactInfo peer;
    private final boolean colour;

    ChatStyle(ContactInfo peer, boolean colour) {
        this.peer = peer;
        this.colour = colour;
    }

    String banner() {
        if (peer.verified()) {
            return "Chat with " + label() + ", verified in person. Type a line to send it; /quit leaves.";
        }
        return "Chat with " + label() + ". Your codes were never compared: anyone could be in between."
                + " Meet, then run: pli verify \"" + peer.name() + "\" CODE. Type a line to send it; /quit leaves.";
    }

    String prompt() {
        return "to " + label() + "> ";
    }

    String line(MessageInfo message) {
        String who = message.outgoing() ? "me" : label();
        String status = message.outgoing() ? "  [" + message.status() + "]" : "";
        return TIME.format(message.sentAt()) + " " + who + ": " + message.text() + status;
    }

    private String label() {
        if (peer.verified()) {
            return colour ? GREEN + peer.name() + " ✓" + RESET : peer.name() + " ✓";
        }
        return colour ? YELLOW + peer.name() + " (unverified)" + RESET : peer.name() + " (unverified)";
    }
}

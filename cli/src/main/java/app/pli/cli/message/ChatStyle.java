package app.pli.cli.message;

import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.MessageInfo;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How a chat looks: a verified contact's name carries {@code ✓} (green on a colour
 * terminal); an introduced one carries {@code (introduced by X)} and an unverified one
 * {@code (unverified)} (yellow) in every line, and the banner says how to verify.
 */
final class ChatStyle implements ChatLook {
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

    @Override
    public boolean concerns(MessageInfo message) {
        return message.group().isEmpty() && message.contact().equals(peer.name());
    }

    @Override
    public String banner() {
        if (peer.verified()) {
            return "Chat with " + label() + ", verified in person. Type a line to send it; /quit leaves.";
        }
        if (peer.introducedBy().isPresent()) {
            return "Chat with " + label() + ": as far as " + peer.introducedBy().get() + " can be trusted."
                    + " Meet, then compare safety codes: pli verify \"" + peer.name() + "\". Type a line to send it;"
                    + " /quit leaves.";
        }
        return "Chat with " + label() + ". Your codes were never compared: anyone could be in between."
                + " Meet, then run: pli verify \"" + peer.name() + "\" CODE. Type a line to send it; /quit leaves.";
    }

    @Override
    public String prompt() {
        return "to " + label() + "> ";
    }

    @Override
    public String line(MessageInfo message) {
        String who = message.outgoing() ? "me" : label();
        String status = message.outgoing() ? "  [" + message.status() + "]" : "";
        return TIME.format(message.sentAt()) + " " + who + ": " + message.text() + status;
    }

    private String label() {
        if (peer.verified()) {
            return colour ? GREEN + peer.name() + " ✓" + RESET : peer.name() + " ✓";
        }
        String marked = peer.name() + " " + TrustNote.of(peer);
        return colour ? YELLOW + marked + RESET : marked;
    }
}

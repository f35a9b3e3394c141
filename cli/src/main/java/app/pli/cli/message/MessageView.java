package app.pli.cli.message;

import app.pli.messenger.api.MessageInfo;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One message as printed: JSON fields {@code id}, {@code from} ({@code me} or the contact's
 * name), {@code to}, {@code text}, {@code sent_at} (ISO-8601, UTC) and {@code status}.
 */
public record MessageView(String id, String from, String to, String text, String sentAt, String status) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public static MessageView of(MessageInfo message) {
        return new MessageView(message.id(), message.outgoing() ? "me" : message.contact(),
                message.outgoing() ? message.contact() : "me", message.text(), message.sentAt().toString(),
                message.status());
    }

    /** One line for people: time, sender, text, and the status of mine. */
    public String line(MessageInfo message) {
        String when = CLOCK.format(message.sentAt());
        return when + "  " + from + ": " + text + (message.outgoing() ? "  [" + status + "]" : "");
    }
}

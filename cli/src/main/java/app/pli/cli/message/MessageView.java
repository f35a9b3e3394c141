package app.pli.cli.message;

import app.pli.messenger.api.MessageInfo;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One message as printed: JSON fields {@code id}, {@code from} ({@code me} or the contact's
 * name; in a group, the member's name in the group), {@code to} (the contact, {@code me}, or
 * the group's name), {@code text}, {@code sent_at} (ISO-8601, UTC) and {@code status}; for a
 * group message also {@code group} (its name) and, for one this profile sent,
 * {@code deliveries}: each member's {@code member} and {@code status}.
 */
public record MessageView(String id, String from, String to, String text, String sentAt, String status,
        @JsonInclude(JsonInclude.Include.NON_NULL) String group,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Delivery> deliveries) {
    /** One member's copy of a group message this profile sent. */
    public record Delivery(String member, String status) {}

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public static MessageView of(MessageInfo message) {
        String group = message.group().orElse(null);
        String to = group != null ? group : message.outgoing() ? message.contact() : "me";
        return new MessageView(message.id(), message.outgoing() ? "me" : message.contact(), to, message.text(),
                message.sentAt().toString(), message.status(), group, message.deliveries().stream()
                        .map(d -> new Delivery(d.member(), d.status())).toList());
    }

    /** One line for people: time, sender, text, and the status of mine. */
    public String line(MessageInfo message) {
        String when = CLOCK.format(message.sentAt());
        return when + "  " + (group == null ? "" : "[" + group + "] ") + from + ": " + text
                + (message.outgoing() ? "  [" + status + "]" : "");
    }
}

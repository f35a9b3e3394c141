package app.pli.cli.message;

import app.pli.cli.convert.ByteSize;
import app.pli.messenger.api.MessageInfo;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One message as printed: JSON fields {@code id}, {@code from} ({@code me} or the contact's
 * name; in a group, the member's name in the group), {@code to} (the contact, {@code me}, or
 * the group's name), {@code text}, {@code sent_at} (ISO-8601, UTC) and {@code status}; for a
 * group message also {@code group} (its name) and, for one this profile sent,
 * {@code deliveries}: each member's {@code member} and {@code status}; always {@code files}, the
 * files it carries (each its {@code id}, {@code name}, {@code size} in bytes and {@code state}).
 */
public record MessageView(String id, String from, String to, String text, String sentAt, String status,
        @JsonInclude(JsonInclude.Include.NON_NULL) String group,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Delivery> deliveries, List<Attachment> files) {
    /** One member's copy of a group message this profile sent. */
    public record Delivery(String member, String status) {}

    /** A file the message carries. */
    public record Attachment(String id, String name, long size, String state) {
        /** How a conversation shows it, under its message. */
        String line() {
            return "  📎 " + name + " (" + ByteSize.format(size) + ", " + state + ") [" + id + "]";
        }
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public static MessageView of(MessageInfo message) {
        String group = message.group().orElse(null);
        String to = group != null ? group : message.outgoing() ? message.contact() : "me";
        return new MessageView(message.id(), message.outgoing() ? "me" : message.contact(), to, message.text(),
                message.sentAt().toString(), message.status(), group, message.deliveries().stream()
                        .map(d -> new Delivery(d.member(), d.status())).toList(), message.files().stream()
                        .map(f -> new Attachment(f.id(), f.name(), f.size(), f.state())).toList());
    }

    /** A line for people: time, sender, text, and the status of mine; then a line per file. */
    public String line(MessageInfo message) {
        String when = CLOCK.format(message.sentAt());
        return when + "  " + (group == null ? "" : "[" + group + "] ") + from + ": " + text
                + (message.outgoing() ? "  [" + status + "]" : "")
                + files.stream().map(f -> System.lineSeparator() + f.line()).collect(Collectors.joining());
    }
}

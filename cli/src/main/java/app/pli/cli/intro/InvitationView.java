package app.pli.cli.intro;

import app.pli.messenger.api.InvitationTicket;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;

/**
 * How {@code pli invite} shows an invitation: the text code, its expiry (ISO-8601, UTC) and
 * the PNG written, if any (omitted from JSON otherwise).
 */
public record InvitationView(String code, String expires, @JsonInclude(JsonInclude.Include.NON_NULL) String png) {
    /** The view of {@code ticket}, written to {@code png} if that is not null. */
    static InvitationView of(InvitationTicket ticket, Path png) {
        return new InvitationView(ticket.code(), ticket.expires().truncatedTo(ChronoUnit.SECONDS).toString(),
                png == null ? null : png.toString());
    }

    /** The text form: the terminal QR code (may be empty), then the code on its own line. */
    String text(String terminalQr) {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        if (!terminalQr.isEmpty()) {
            text.append(terminalQr.stripTrailing()).append(nl);
        }
        text.append("Invitation (works once, until ").append(expires).append("); scan the QR code or copy the code:")
                .append(nl).append(code);
        if (png != null) {
            text.append(nl).append("QR code written to ").append(png);
        }
        return text.toString();
    }
}

package app.pli.cli.offer;

import app.pli.messenger.api.OfferInfo;
import com.fasterxml.jackson.annotation.JsonInclude;

/** How the command line shows an offer; {@code note} is omitted from JSON when empty. */
public record OfferView(String id, String introducedBy, String name, String fingerprint, String receivedAt,
        String expires, String state, @JsonInclude(JsonInclude.Include.NON_EMPTY) String note) {
    static OfferView of(OfferInfo info) {
        return new OfferView(info.id(), info.introducedBy(), info.name(), info.fingerprint(),
                info.receivedAt().toString(), info.expires().toString(), info.state(), info.note());
    }

    /** One line for people. */
    String line() {
        return id + "  " + state + "  " + name + " (" + fingerprint + "), introduced by " + introducedBy
                + (note.isEmpty() ? "" : ": \"" + note + "\"");
    }
}

package app.pli.messenger.api;

import java.time.Instant;
import java.util.Objects;

/**
 * An introduction by a contact, as a user interface shows it.
 *
 * @param id the offer id (hex; any unique prefix of 4 digits or more names it)
 * @param introducedBy the introducer's name as this side knew it when the offer came
 * @param name the name the introducer knows the other person by
 * @param fingerprint the other person's fingerprint, grouped
 * @param receivedAt when the offer arrived
 * @param expires when it expires
 * @param state {@code pending} (to answer), {@code accepted} (waiting for the other side),
 *     {@code agreed}, {@code declined}, {@code declined-by-peer} or {@code expired}
 * @param note the introducer's note, possibly empty
 */
public record OfferInfo(String id, String introducedBy, String name, String fingerprint, Instant receivedAt,
        Instant expires, String state, String note) {
    public OfferInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(introducedBy, "introducedBy");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(note, "note");
    }
}

package app.pli.identity.offer;

import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.route.Route;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where one received offer stands, without any secret: for listing and answering.
 *
 * @param rowId the local row id
 * @param id the offer id, as shown (hex)
 * @param state where it stands
 * @param introducedBy the introducer's name as this side knew it when the offer came
 * @param introducerId the introducer's contact id, while that contact exists
 * @param proposedName the name the introducer knows the other person by
 * @param peer the other person's identity keys
 * @param fingerprint the other person's fingerprint, grouped
 * @param note the introducer's note, possibly empty
 * @param receivedAt when it arrived
 * @param expires when it expires
 * @param contactId the contact it made, once agreed
 * @param peerRendezvous where this side's hello or refusal goes
 */
public record OfferSummary(long rowId, String id, OfferState state, String introducedBy, OptionalLong introducerId,
        String proposedName, IdentityPublicKeys peer, String fingerprint, String note, Instant receivedAt,
        Instant expires, OptionalLong contactId, Route peerRendezvous) {
    public OfferSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(introducedBy, "introducedBy");
        Objects.requireNonNull(introducerId, "introducerId");
        Objects.requireNonNull(proposedName, "proposedName");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(peerRendezvous, "peerRendezvous");
    }
}

package app.pli.identity.offer;

import app.pli.identity.route.Route;
import java.util.Objects;

/**
 * A sealed hello or decline waiting to be sent to the other side's rendezvous.
 *
 * @param id the outbox row id, to mark it sent
 * @param offerRowId the offer it belongs to
 * @param route the other side's rendezvous (a relay mailbox, or the LAN)
 * @param payload exactly one block
 */
public record OutgoingOfferMessage(long id, long offerRowId, Route route, byte[] payload) {
    public OutgoingOfferMessage {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(payload, "payload");
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }
}

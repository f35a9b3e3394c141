package app.pli.messenger.conversation;

import app.pli.core.error.PliException;
import app.pli.messenger.envelope.OfferPayload;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Takes an offer (an introduction by the contact who sent it) that arrived inside that
 * contact's session, in the transaction that decrypted it, so the offer is stored together
 * with the advanced ratchet or not at all.
 */
@FunctionalInterface
public interface IncomingOffers {
    /** Refuses every offer (for a profile part that does not take them). */
    IncomingOffers REFUSE = (c, contactId, offer) -> new ReceiveOutcome.Refused("offers are not taken here");

    /** What taking {@code offer} from the contact {@code contactId} did; may use only {@code c}. */
    ReceiveOutcome take(Connection c, long contactId, OfferPayload offer) throws SQLException, PliException;
}

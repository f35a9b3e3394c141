package app.pli.messenger.offer;

import app.pli.identity.offer.OfferSummary;
import app.pli.messenger.api.OfferInfo;

/** Offers as the Messenger API shows them. */
public final class OfferViews {
    private OfferViews() {}

    public static OfferInfo view(OfferSummary offer) {
        return new OfferInfo(offer.id(), offer.introducedBy(), offer.proposedName(), offer.fingerprint(),
                offer.receivedAt(), offer.expires(), offer.state().externalName(), offer.note());
    }
}

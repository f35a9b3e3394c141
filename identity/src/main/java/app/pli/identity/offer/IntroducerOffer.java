package app.pli.identity.offer;

import java.util.Objects;

/**
 * What the introducer sends: the terms for each of the two people it introduces, under one
 * offer id and one signature.
 *
 * @param forFirst the terms for the first contact named (about the second)
 * @param forSecond the terms for the second contact named (about the first)
 */
public record IntroducerOffer(OfferTerms forFirst, OfferTerms forSecond) {
    public IntroducerOffer {
        Objects.requireNonNull(forFirst, "forFirst");
        Objects.requireNonNull(forSecond, "forSecond");
    }

    /** The offer id, as shown. */
    public String id() {
        return OfferIds.hex(forFirst.offerId());
    }
}

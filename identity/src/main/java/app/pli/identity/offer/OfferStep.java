package app.pli.identity.offer;

import static app.pli.identity.offer.OfferState.ACCEPTED;
import static app.pli.identity.offer.OfferState.RECEIVED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The transition table of an offer, for the side that received it. A step asked for in
 * any other state is refused with {@link OfferStateException} and changes nothing.
 *
 * <pre>
 * step          allowed in           leads to
 * ACCEPT        RECEIVED             ACCEPTED (hello queued), or AGREED if the peer's hello is kept
 * DECLINE       RECEIVED             DECLINED (the peer is told; once a hello is out, the
 *                                    other side may already have agreed, so no way back)
 * PEER_HELLO    RECEIVED             RECEIVED (the hello kept until the user answers)
 *               ACCEPTED             AGREED (contact created, trust introduced)
 * PEER_DECLINE  RECEIVED, ACCEPTED   PEER_DECLINED
 * EXPIRE        RECEIVED             EXPIRED at the expiry
 *               ACCEPTED             EXPIRED at the expiry + 21 days (a hello sent in time may be late)
 * </pre>
 * Receiving an offer creates it in RECEIVED; it is not a step of an existing one.
 */
enum OfferStep {
    ACCEPT(EnumSet.of(RECEIVED)),
    DECLINE(EnumSet.of(RECEIVED)),
    PEER_HELLO(EnumSet.of(RECEIVED, ACCEPTED)),
    PEER_DECLINE(EnumSet.of(RECEIVED, ACCEPTED)),
    EXPIRE(EnumSet.of(RECEIVED, ACCEPTED));

    private final Set<OfferState> states;

    OfferStep(Set<OfferState> states) {
        this.states = states;
    }

    boolean allowedIn(OfferState state) {
        return states.contains(state);
    }

    void require(OfferState state) throws OfferStateException {
        if (!allowedIn(state)) {
            throw new OfferStateException(switch (state) {
                case ACCEPTED -> "you accepted this offer already; it waits for the other side";
                case AGREED -> "this offer was accepted on both sides already";
                case DECLINED -> "you declined this offer";
                case PEER_DECLINED -> "the other side declined this offer";
                case EXPIRED -> "this offer expired";
                case RECEIVED -> "this offer waits for your answer";
            });
        }
    }
}

package app.pli.identity.offer;

/**
 * The persisted state of one offer received from an introducer. Which steps each state
 * allows is fixed by {@link OfferStep}. Stored by ordinal inside sealed records: constants
 * may be appended, never reordered.
 */
public enum OfferState {
    /** The offer is here; the user has not answered. The peer's hello may already be kept. */
    RECEIVED("pending"),
    /** The user accepted; this side's hello is queued or sent; the peer's is awaited. */
    ACCEPTED("accepted"),
    /** Both hellos met: the contact exists (trust introduced). Final. */
    AGREED("agreed"),
    /** The user declined; the peer is told. Final. */
    DECLINED("declined"),
    /** The peer declined. Final. */
    PEER_DECLINED("declined-by-peer"),
    /** Not answered (or not agreed) in time. Final. */
    EXPIRED("expired");

    private final String externalName;

    OfferState(String externalName) {
        this.externalName = externalName;
    }

    /** The name shown to users and machines. */
    public String externalName() {
        return externalName;
    }

    /** Whether no step leads out of this state. */
    public boolean isFinal() {
        return this != RECEIVED && this != ACCEPTED;
    }
}

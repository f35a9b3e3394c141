package app.pli.identity.offer;

/** A step was asked of an offer in a state that does not allow it; nothing changed. */
public final class OfferStateException extends OfferException {
    private static final long serialVersionUID = 1L;

    public OfferStateException(String message) {
        super(message);
    }
}

package app.pli.identity.offer;

/** No offer has that id, or an id prefix names several. */
public final class OfferNotFoundException extends OfferException {
    private static final long serialVersionUID = 1L;

    public OfferNotFoundException(String message) {
        super(message);
    }
}

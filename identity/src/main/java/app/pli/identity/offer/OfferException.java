package app.pli.identity.offer;

import app.pli.core.error.PliException;

/** An offer (an introduction by a contact) was refused: one printable line, no secret. */
public class OfferException extends PliException {
    private static final long serialVersionUID = 1L;

    public OfferException(String message) {
        super(message);
    }
}

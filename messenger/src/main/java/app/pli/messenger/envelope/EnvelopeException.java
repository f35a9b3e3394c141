package app.pli.messenger.envelope;

import app.pli.core.error.PliException;

/** A block or envelope that cannot be opened or assembled: forged, damaged, or not meant for this side. */
public final class EnvelopeException extends PliException {
    private static final long serialVersionUID = 1L;

    public EnvelopeException(String message) {
        super(message);
    }
}

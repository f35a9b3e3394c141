package app.pli.identity.contact;

import app.pli.core.error.PliException;

/** Bytes that are not exactly one {@link RouteBytes} encoding of a route. */
public final class MalformedRouteException extends PliException {
    private static final long serialVersionUID = 1L;

    public MalformedRouteException(String message) {
        super(message);
    }
}

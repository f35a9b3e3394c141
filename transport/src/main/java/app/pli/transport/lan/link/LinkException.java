package app.pli.transport.lan.link;

import app.pli.core.error.PliException;

/**
 * A LAN link or introduction could not do what was asked: the connection failed or closed,
 * the handshake was refused or timed out, or the peer did not store blocks. The caller
 * retries later (over the LAN or another route); nothing was lost.
 *
 * <p>Invariant: the message is one printable line without keys, secrets or block content.
 */
public class LinkException extends PliException {
    private static final long serialVersionUID = 1L;

    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }
}

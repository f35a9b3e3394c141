package app.pli.transport.lan.discovery;

import app.pli.core.error.PliException;

/**
 * mDNS could not start on the chosen address (no such interface, no multicast, port 5353
 * unavailable). The message is one printable line naming the address, never a key.
 */
public class LanDiscoveryException extends PliException {
    private static final long serialVersionUID = 1L;

    public LanDiscoveryException(String message, Throwable cause) {
        super(message, cause);
    }
}

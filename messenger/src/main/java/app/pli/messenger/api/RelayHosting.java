package app.pli.messenger.api;

import app.pli.core.error.PliException;

/** Runs a blind relay inside this process (what {@code pli relay serve} does). */
public interface RelayHosting {
    /**
     * Starts a relay: creates its data folder and static key on first start, opens its
     * store and binds the listening socket.
     */
    HostedRelay start(RelayHostingOptions options) throws PliException;
}

package app.pli.identity.route;

/**
 * "Find me on the local network": the inbox route of a profile without a relay. It carries
 * nothing, because a contact is found by LAN discovery (its rotating mDNS names) and reached
 * over a direct link, never at a fixed address. It cannot name an invitation's endpoint.
 */
public record DiscoveryRoute() implements Route {
    /** The one value: every discovery route is the same. */
    public static final DiscoveryRoute INSTANCE = new DiscoveryRoute();
}

package app.pli.identity.route;

/**
 * Where the other side of a relationship can reach a mailbox or an endpoint. Identity
 * treats a route as data it carries in codes and introduction messages; the messenger
 * knows how to use it.
 */
public sealed interface Route permits RelayRoute, LanRoute, DiscoveryRoute {}

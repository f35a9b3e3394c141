/**
 * Finding contacts on the local network with mDNS ({@code _pli._tcp.local.}) while telling a
 * stranger on the same switch nothing stable.
 *
 * <p>{@link app.pli.transport.lan.discovery.LanNames} derives, from an X25519 public key and
 * the current hour, the record's instance name and host name; both rotate hourly and only
 * someone who knows the key can recognize them. {@link app.pli.transport.lan.discovery.LanAnnouncer}
 * publishes the node under its current names; {@link app.pli.transport.lan.discovery.LanDiscovery}
 * browses the records, recognizes watched keys and reports their endpoints. An endpoint is
 * only a hint: whoever answers there must still pass the Noise KK handshake of the link.
 *
 * <p>Nothing here keeps state for a record it does not recognize; JmDNS's own caches are
 * dropped by replacing its instance every hour and whenever too many unknown names arrive.
 */
package app.pli.transport.lan.discovery;

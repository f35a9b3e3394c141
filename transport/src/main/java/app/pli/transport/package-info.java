/**
 * Transports that move opaque blocks between mailboxes: Noise channels, the blind relay
 * (server and client), LAN discovery and direct links.
 *
 * <p>Depends on {@code app.pli.core} only; it never names an identity or a contact.
 */
package app.pli.transport;

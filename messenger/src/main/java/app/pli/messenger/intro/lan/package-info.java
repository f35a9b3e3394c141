/**
 * Introductions over a direct connection on the LAN ({@code pli invite --lan}): the stored
 * endpoint and one-time secret of each such introduction, the servers that answer the
 * invitee's M1 with M2 (run by a waiting {@code pli invite} or by the daemon), and the
 * invitee's exchange. The introduction's own state machine stays in identity; this package
 * only moves its messages.
 */
package app.pli.messenger.intro.lan;

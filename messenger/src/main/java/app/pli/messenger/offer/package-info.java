/**
 * Introductions by a mutual contact (offers) over relays and the LAN: the introducer's
 * rendezvous mailboxes and the offers queued in both sessions, the recipients' answers,
 * the hellos between the two sides, and the mailboxes' clean-up. The offer's state machine
 * stays in identity; this package only moves its messages.
 */
package app.pli.messenger.offer;

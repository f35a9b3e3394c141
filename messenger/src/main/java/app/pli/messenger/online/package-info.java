/**
 * Being online: one full sync round over every relay involved (introductions, sessions,
 * messages), and the long-running session behind {@code pli daemon} and {@code pli chat},
 * subscribed to the inboxes and delivering the outbox as it fills.
 */
package app.pli.messenger.online;

/**
 * The messenger composes identity and transport: sessions, envelopes, outbox and inbox,
 * the message store, and the public Messenger API (in {@code app.pli.messenger.api})
 * that a user interface calls.
 */
package app.pli.messenger;

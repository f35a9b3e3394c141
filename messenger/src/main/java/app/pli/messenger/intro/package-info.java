/**
 * The introduction over relays: creating and accepting invitations with their mailboxes,
 * and the sync that moves introduction messages and tidies mailboxes that served their
 * purpose. Composes identity's {@code Introductions} with the transport's relay client.
 */
package app.pli.messenger.intro;

/**
 * Conversations: one Double Ratchet session per contact, the message history, the outbox
 * and the envelope fragments waiting for their siblings, all in the profile's store with
 * every secret sealed by the column cipher. Sending and receiving are each one immediate
 * transaction, so a crash never loses or duplicates a message.
 */
package app.pli.messenger.conversation;

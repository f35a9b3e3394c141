/**
 * The relay mailboxes this profile owns (introduction mailboxes and contact inboxes), kept
 * sealed in the messenger's own table, with the credentials to fetch from them.
 */
package app.pli.messenger.mailbox;

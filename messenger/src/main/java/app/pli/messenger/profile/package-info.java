/**
 * Profiles on disk and the open profile: the home directory's files, creating and
 * unlocking the encrypted store, and the {@code Messenger} implementation that composes
 * identity, the mailboxes and the introduction over relays.
 */
package app.pli.messenger.profile;

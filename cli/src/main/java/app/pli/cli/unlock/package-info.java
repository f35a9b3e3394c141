/**
 * Unlocking a profile: where its passphrase comes from ({@code --passphrase-file},
 * {@code PLI_PASSPHRASE}, a prompt on the terminal) and the option every command that opens
 * the store shares.
 */
package app.pli.cli.unlock;

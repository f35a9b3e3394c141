/**
 * Encryption at rest of a profile: the {@link app.pli.core.vault.Vault} creates and unlocks
 * the random storage key (wrapped by Argon2id from the passphrase, or kept in an owner-only
 * key file in the unattended mode), and {@link app.pli.core.vault.ColumnCipher} seals each
 * secret column value under that key.
 *
 * <p>Errors: {@link app.pli.core.vault.WrongPassphraseException} for a passphrase that does
 * not unlock the key, {@link app.pli.core.vault.VaultException} (with a reason) for the rest.
 * Passphrases travel as {@link app.pli.core.vault.Passphrase}, which the owner wipes.
 */
package app.pli.core.vault;

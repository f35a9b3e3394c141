/**
 * Identity keys: the Ed25519 signing key, the X25519 agreement key it signs, the
 * fingerprint people compare, and the pairwise safety code.
 */
package app.pli.identity.keys;

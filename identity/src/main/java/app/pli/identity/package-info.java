/**
 * Identities: key pairs, the profile, contacts, invitation codes (text and QR) and the
 * in-person introduction protocol with its short authentication string.
 *
 * <p>Depends on {@code app.pli.core} only; it never names a transport.
 */
package app.pli.identity;

/**
 * Invitation codes: the {@link app.pli.identity.invite.Invitation} value, its text token
 * ({@link app.pli.identity.invite.InvitationCodec}: {@code "PLI1" + base32}, checksummed,
 * parsed by a bounded reader) and its QR code ({@link app.pli.identity.invite.QrCodes}:
 * terminal half blocks, PNG, decoding photos and screenshots).
 *
 * <p>A code is unauthenticated input: every failure is an
 * {@link app.pli.identity.invite.InvalidInvitationException} with a one-line message.
 */
package app.pli.identity.invite;

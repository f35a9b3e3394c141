package app.pli.identity.intro;

import app.pli.core.crypto.Hkdf;
import app.pli.core.crypto.KdfLabel;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.identity.keys.HashInput;
import app.pli.identity.keys.IdentityPublicKeys;
import java.nio.ByteBuffer;

/**
 * Everything both sides of one introduction must agree on, and what follows from it: the
 * transcript hash T and the two codes. A man in the middle makes the two sides hold
 * different transcripts, hence (but for a 1-in-10,000 chance) different codes.
 *
 * <pre>
 * T = SHA-256(lp("pli/v1/intro/transcript") || lp(C_A) || IK_A || lp(EK_A) || lp(N_A)
 *             || IK_B || lp(EK_B) || lp(N_B) || lp(R_A) || lp(R_B))
 * IK = lp(signing key) || lp(agreement key) || lp(binding);  lp(x) = u16(len x) || x
 * code_A = u32(HKDF(T, salt empty, "pli/v1/intro/sas/inviter", 4)) mod 10000, 4 digits
 * code_B = the same with "pli/v1/intro/sas/invitee"
 * </pre>
 * Routes are hashed in their {@link app.pli.identity.contact.RouteBytes} form.
 */
record Transcript(byte[] commitment, IdentityPublicKeys inviter, X25519PublicKey inviterEphemeral,
        byte[] inviterNonce, byte[] inviterRoute, IdentityPublicKeys invitee, X25519PublicKey inviteeEphemeral,
        byte[] inviteeNonce, byte[] inviteeRoute) {

    private static final int CODE_MODULUS = 10_000;

    /** The transcript hash T. */
    byte[] hash() {
        return HashInput.labelled(IntroductionConstants.TRANSCRIPT)
                .field(commitment)
                .identity(inviter).field(inviterEphemeral.bytes()).field(inviterNonce)
                .identity(invitee).field(inviteeEphemeral.bytes()).field(inviteeNonce)
                .field(inviterRoute).field(inviteeRoute)
                .sha256();
    }

    /** The code the inviter shows and the invitee types. */
    String inviterCode() {
        return code(hash(), IntroductionConstants.SAS_INVITER);
    }

    /** The code the invitee shows and the inviter types. */
    String inviteeCode() {
        return code(hash(), IntroductionConstants.SAS_INVITEE);
    }

    static String code(byte[] transcriptHash, KdfLabel label) {
        byte[] derived = Hkdf.derive(transcriptHash, new byte[0], label, Integer.BYTES);
        long value = Integer.toUnsignedLong(ByteBuffer.wrap(derived).getInt());
        return String.format("%04d", value % CODE_MODULUS);
    }
}

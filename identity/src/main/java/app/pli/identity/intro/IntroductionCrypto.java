package app.pli.identity.intro;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Hkdf;
import app.pli.core.crypto.KdfLabel;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.identity.keys.HashInput;
import app.pli.identity.keys.IdentityKeyPair;
import app.pli.identity.keys.IdentityPublicKeys;
import java.util.Arrays;

/**
 * The derivations of introduction protocol v1 (lp(x) is {@code u16(len x) || x}):
 * <pre>
 * C_A  = SHA-256(lp("pli/v1/intro/commit") || IK_A || lp(EK_A.pub) || lp(N_A))
 * K1   = HKDF(ikm S, salt C_A, "pli/v1/intro/key/m1"); K2 likewise with ".../key/m2"
 * sig1 = Ed25519(sig_B, lp("pli/v1/intro/m1") || lp(C_A) || IK_B || lp(EK_B.pub) || lp(N_B) || lp(R_B))
 * sig2 = Ed25519(sig_A, lp("pli/v1/intro/m2") || lp(T))
 * root = HKDF(ikm DH(dh_A, EK_B) || DH(EK_A, dh_B) || DH(EK_A, EK_B), salt T, "pli/v1/intro/root-key", 32)
 * </pre>
 */
final class IntroductionCrypto {
    private IntroductionCrypto() {}

    static byte[] commitment(IdentityPublicKeys inviter, X25519PublicKey ephemeral, byte[] nonce) {
        return HashInput.labelled(IntroductionConstants.COMMIT)
                .identity(inviter).field(ephemeral.bytes()).field(nonce).sha256();
    }

    /** K1 or K2, by {@code label}. */
    static SymmetricKey messageKey(byte[] secret, byte[] commitment, KdfLabel label) {
        return Hkdf.deriveKey(secret, commitment, label);
    }

    /** What the invitee signs in M1. */
    static byte[] m1SignedBytes(byte[] commitment, IdentityPublicKeys invitee, X25519PublicKey ephemeral,
            byte[] nonce, byte[] route) {
        return HashInput.labelled(IntroductionConstants.SIGN_M1)
                .field(commitment).identity(invitee).field(ephemeral.bytes()).field(nonce).field(route).bytes();
    }

    /** What the inviter signs in M2. */
    static byte[] m2SignedBytes(byte[] transcriptHash) {
        return HashInput.labelled(IntroductionConstants.SIGN_M2).field(transcriptHash).bytes();
    }

    /** The root key as the inviter computes it. */
    static SymmetricKey inviterRoot(IdentityKeyPair inviter, X25519KeyPair inviterEphemeral,
            IdentityPublicKeys invitee, X25519PublicKey inviteeEphemeral, byte[] transcriptHash) throws CryptoException {
        return root(transcriptHash,
                X25519.agree(inviter.agreement().privateKey(), inviteeEphemeral),
                X25519.agree(inviterEphemeral.privateKey(), invitee.agreement()),
                X25519.agree(inviterEphemeral.privateKey(), inviteeEphemeral));
    }

    /** The root key as the invitee computes it: the mirror images of the inviter's agreements. */
    static SymmetricKey inviteeRoot(IdentityKeyPair invitee, X25519KeyPair inviteeEphemeral,
            IdentityPublicKeys inviter, X25519PublicKey inviterEphemeral, byte[] transcriptHash) throws CryptoException {
        return root(transcriptHash,
                X25519.agree(inviteeEphemeral.privateKey(), inviter.agreement()),
                X25519.agree(invitee.agreement().privateKey(), inviterEphemeral),
                X25519.agree(inviteeEphemeral.privateKey(), inviterEphemeral));
    }

    private static SymmetricKey root(byte[] transcriptHash, byte[] dh1, byte[] dh2, byte[] dh3) {
        byte[] ikm = new byte[dh1.length + dh2.length + dh3.length];
        System.arraycopy(dh1, 0, ikm, 0, dh1.length);
        System.arraycopy(dh2, 0, ikm, dh1.length, dh2.length);
        System.arraycopy(dh3, 0, ikm, dh1.length + dh2.length, dh3.length);
        try {
            return Hkdf.deriveKey(ikm, transcriptHash, IntroductionConstants.ROOT_KEY);
        } finally {
            Arrays.fill(ikm, (byte) 0);
            Arrays.fill(dh1, (byte) 0);
            Arrays.fill(dh2, (byte) 0);
            Arrays.fill(dh3, (byte) 0);
        }
    }
}

package app.pli.identity.keys;

import app.pli.core.crypto.KdfLabel;

/** The context labels of identity keys: every signature and hash input carries one. */
final class IdentityLabels {
    /** Signed by the Ed25519 key, followed by the X25519 public key it vouches for. */
    static final KdfLabel AGREEMENT_KEY_BINDING = KdfLabel.of("pli/v1/identity/agreement-key");
    /** Hashed with both public keys to form a fingerprint. */
    static final KdfLabel FINGERPRINT = KdfLabel.of("pli/v1/identity/fingerprint");
    /** Hashed with two fingerprints to form the pairwise safety code. */
    static final KdfLabel SAFETY_CODE = KdfLabel.of("pli/v1/identity/safety-code");

    private IdentityLabels() {}
}

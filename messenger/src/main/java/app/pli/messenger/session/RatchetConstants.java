package app.pli.messenger.session;

import app.pli.core.crypto.KdfLabel;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.crypto.XChaCha20Poly1305;

/** The sizes, format versions and key-derivation labels of the ratchet, suite v1. */
final class RatchetConstants {
    /** First byte of every ratchet message. */
    static final byte MESSAGE_VERSION = 1;
    /** First byte of a stored session state: v2, whose skipped keys carry the time they were stored. */
    static final byte STATE_VERSION = 2;
    /** The stored state before skipped keys carried a time; still read, never written. */
    static final byte STATE_VERSION_WITHOUT_TIMES = 1;

    static final int KEY_BYTES = SymmetricKey.BYTES;
    /** Plain header: ratchet public key, PN (u32), N (u32). */
    static final int HEADER_BYTES = X25519PublicKey.BYTES + 4 + 4;
    /** The header sealed by XChaCha20-Poly1305: nonce, ciphertext, tag. */
    static final int SEALED_HEADER_BYTES = HEADER_BYTES + XChaCha20Poly1305.OVERHEAD;
    /** Version byte and the u16 sealed-header length. */
    static final int MESSAGE_PREFIX_BYTES = 1 + 2;

    /** Header key Alice sends her first chain under, and Bob's first next-receiving header key. */
    static final KdfLabel SHARED_HKA = KdfLabel.of("pli/v1/ratchet/shared-hka");
    /** Bob's first next-sending header key, and Alice's first next-receiving header key. */
    static final KdfLabel SHARED_NHKB = KdfLabel.of("pli/v1/ratchet/shared-nhkb");
    /** Chain key of the key holder's sending chain before any Diffie-Hellman step. */
    static final KdfLabel HOLDER_CHAIN_KEY = KdfLabel.of("pli/v1/ratchet/holder-chain-key");
    /** Header key of that first chain. */
    static final KdfLabel HOLDER_HEADER_KEY = KdfLabel.of("pli/v1/ratchet/holder-header-key");
    /** KDF_RK_HE: root key, chain key and next header key from a Diffie-Hellman output. */
    static final KdfLabel ROOT_STEP = KdfLabel.of("pli/v1/ratchet/root-step");

    /** KDF_CK input byte for the message key. */
    static final byte MESSAGE_KEY_INPUT = 0x01;
    /** KDF_CK input byte for the next chain key. */
    static final byte CHAIN_KEY_INPUT = 0x02;

    private RatchetConstants() {}
}

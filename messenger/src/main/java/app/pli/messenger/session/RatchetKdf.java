package app.pli.messenger.session;

import static app.pli.messenger.session.RatchetConstants.KEY_BYTES;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Hkdf;
import app.pli.core.crypto.HmacSha256;
import app.pli.core.crypto.SymmetricKey;
import java.util.Arrays;

/**
 * The ratchet's key derivations: the initial secrets from the root key, KDF_RK_HE and KDF_CK.
 * Every output is a fresh array the caller owns and wipes.
 */
final class RatchetKdf {
    private static final byte[] EMPTY_SALT = new byte[0];

    private RatchetKdf() {}

    /** The four values both sides derive from the root key SK before any message. */
    record InitialSecrets(byte[] sharedHka, byte[] sharedNhkb, byte[] holderChainKey, byte[] holderHeaderKey) {
        void wipe() {
            RatchetKdf.wipe(sharedHka, sharedNhkb, holderChainKey, holderHeaderKey);
        }
    }

    /** The output of KDF_RK_HE: the next root key, a chain key and the next header key. */
    record RootStep(byte[] rootKey, byte[] chainKey, byte[] nextHeaderKey) {}

    /** The output of KDF_CK: the next chain key and the message key of this step. */
    record ChainStep(byte[] chainKey, byte[] messageKey) {}

    static InitialSecrets initialSecrets(byte[] rootKey) {
        return new InitialSecrets(
                Hkdf.derive(rootKey, EMPTY_SALT, RatchetConstants.SHARED_HKA, KEY_BYTES),
                Hkdf.derive(rootKey, EMPTY_SALT, RatchetConstants.SHARED_NHKB, KEY_BYTES),
                Hkdf.derive(rootKey, EMPTY_SALT, RatchetConstants.HOLDER_CHAIN_KEY, KEY_BYTES),
                Hkdf.derive(rootKey, EMPTY_SALT, RatchetConstants.HOLDER_HEADER_KEY, KEY_BYTES));
    }

    /** KDF_RK_HE(rk, dhOut): HKDF with the DH output as input and the root key as salt. */
    static RootStep rootStep(byte[] rootKey, byte[] dhOutput) {
        byte[] okm = Hkdf.derive(dhOutput, rootKey, RatchetConstants.ROOT_STEP, 3 * KEY_BYTES);
        try {
            return new RootStep(
                    Arrays.copyOfRange(okm, 0, KEY_BYTES),
                    Arrays.copyOfRange(okm, KEY_BYTES, 2 * KEY_BYTES),
                    Arrays.copyOfRange(okm, 2 * KEY_BYTES, 3 * KEY_BYTES));
        } finally {
            wipe(okm);
        }
    }

    /** KDF_CK(ck): HMAC-SHA256 of 0x01 for the message key, of 0x02 for the next chain key. */
    static ChainStep chainStep(byte[] chainKey) {
        byte[] messageKey = HmacSha256.mac(chainKey, new byte[] {RatchetConstants.MESSAGE_KEY_INPUT});
        byte[] nextChainKey = HmacSha256.mac(chainKey, new byte[] {RatchetConstants.CHAIN_KEY_INPUT});
        return new ChainStep(nextChainKey, messageKey);
    }

    /** {@code bytes} as an AEAD key; they are always {@value RatchetConstants#KEY_BYTES} long here. */
    static SymmetricKey aeadKey(byte[] bytes) {
        try {
            return SymmetricKey.of(bytes);
        } catch (CryptoException e) {
            throw new IllegalStateException("a ratchet key is not " + KEY_BYTES + " bytes", e);
        }
    }

    /** Overwrites each non-null array with zeros. */
    static void wipe(byte[]... arrays) {
        for (byte[] a : arrays) {
            if (a != null) {
                Arrays.fill(a, (byte) 0);
            }
        }
    }
}

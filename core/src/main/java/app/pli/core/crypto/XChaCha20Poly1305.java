package app.pli.core.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha): the AEAD for anything encrypted under a
 * long-lived key (storage, envelopes), where nonces are random.
 *
 * <p>The 24-byte nonce is large enough to be drawn at random for every message without a
 * realistic risk of repetition. {@link #seal} does exactly that and returns
 * {@code nonce || ciphertext || tag}, which {@link #open} takes back; callers never handle
 * nonces. The explicit-nonce variants exist for protocols that derive their own nonces.
 */
public final class XChaCha20Poly1305 {
    public static final int NONCE_BYTES = 24;
    public static final int TAG_BYTES = Poly1305Aead.TAG_BYTES;
    /** Bytes that {@link #seal} adds to the plaintext: nonce and tag. */
    public static final int OVERHEAD = NONCE_BYTES + TAG_BYTES;

    private static final Poly1305Aead AEAD = new Poly1305Aead(
            "XChaCha20-Poly1305", NONCE_BYTES, org.bouncycastle.crypto.modes.XChaCha20Poly1305::new);

    private XChaCha20Poly1305() {}

    /** {@code nonce || ciphertext || tag} under a fresh random nonce; {@code aad} is authenticated, not encrypted. */
    public static byte[] seal(SymmetricKey key, byte[] aad, byte[] plaintext) {
        byte[] nonce = CryptoRandom.bytes(NONCE_BYTES);
        byte[] ciphertextAndTag = AEAD.seal(key, nonce, aad, plaintext);
        byte[] sealed = new byte[NONCE_BYTES + ciphertextAndTag.length];
        System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
        System.arraycopy(ciphertextAndTag, 0, sealed, NONCE_BYTES, ciphertextAndTag.length);
        return sealed;
    }

    /**
     * The plaintext of a value made by {@link #seal} with the same key and aad.
     *
     * @throws AuthenticationException if it was altered, truncated (shorter than
     *     {@link #OVERHEAD}), or sealed under another key or aad
     */
    public static byte[] open(SymmetricKey key, byte[] aad, byte[] sealed) throws AuthenticationException {
        Objects.requireNonNull(sealed, "sealed");
        if (sealed.length < OVERHEAD) {
            throw new AuthenticationException("XChaCha20-Poly1305 input is shorter than nonce and tag");
        }
        byte[] nonce = Arrays.copyOfRange(sealed, 0, NONCE_BYTES);
        byte[] ciphertextAndTag = Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length);
        return AEAD.open(key, nonce, aad, ciphertextAndTag);
    }

    /**
     * {@code ciphertext || tag} under a caller-chosen nonce, which must never repeat for the
     * same key.
     *
     * @throws CryptoException if the nonce is not {@value #NONCE_BYTES} bytes
     */
    public static byte[] sealWithNonce(SymmetricKey key, byte[] nonce, byte[] aad, byte[] plaintext)
            throws CryptoException {
        AEAD.checkNonce(nonce);
        return AEAD.seal(key, nonce, aad, plaintext);
    }

    /**
     * The plaintext of {@code ciphertext || tag} made by {@link #sealWithNonce}.
     *
     * @throws AuthenticationException if the tag does not verify
     * @throws CryptoException if the nonce is not {@value #NONCE_BYTES} bytes
     */
    public static byte[] openWithNonce(SymmetricKey key, byte[] nonce, byte[] aad, byte[] ciphertextAndTag)
            throws CryptoException {
        AEAD.checkNonce(nonce);
        return AEAD.open(key, nonce, aad, ciphertextAndTag);
    }
}

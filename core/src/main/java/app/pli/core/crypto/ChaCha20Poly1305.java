package app.pli.core.crypto;

/**
 * ChaCha20-Poly1305 as in RFC 8439, with its 12-byte nonce: for protocols that count their
 * nonces (Noise transport messages), never for random nonces.
 *
 * <p>The caller owns nonce uniqueness: a nonce must never repeat under the same key.
 * Output and input are {@code ciphertext || tag}.
 */
public final class ChaCha20Poly1305 {
    public static final int NONCE_BYTES = 12;
    public static final int TAG_BYTES = Poly1305Aead.TAG_BYTES;

    private static final Poly1305Aead AEAD = new Poly1305Aead(
            "ChaCha20-Poly1305", NONCE_BYTES, org.bouncycastle.crypto.modes.ChaCha20Poly1305::new);

    private ChaCha20Poly1305() {}

    /**
     * {@code ciphertext || tag}; {@code aad} is authenticated, not encrypted.
     *
     * @throws CryptoException if the nonce is not {@value #NONCE_BYTES} bytes
     */
    public static byte[] seal(SymmetricKey key, byte[] nonce, byte[] aad, byte[] plaintext) throws CryptoException {
        AEAD.checkNonce(nonce);
        return AEAD.seal(key, nonce, aad, plaintext);
    }

    /**
     * The plaintext of {@code ciphertext || tag}.
     *
     * @throws AuthenticationException if the tag does not verify
     * @throws CryptoException if the nonce is not {@value #NONCE_BYTES} bytes
     */
    public static byte[] open(SymmetricKey key, byte[] nonce, byte[] aad, byte[] ciphertextAndTag)
            throws CryptoException {
        AEAD.checkNonce(nonce);
        return AEAD.open(key, nonce, aad, ciphertextAndTag);
    }
}

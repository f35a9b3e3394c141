package app.pli.core.crypto;

import java.util.Objects;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Ed25519 signatures (RFC 8032, pure Ed25519 without context or prehash).
 *
 * <p>Verification is strict as RFC 8032 section 5.1.7 asks: a non-canonical S (S >= L) or a
 * signature of the wrong length is rejected. Callers that sign for several purposes must put
 * a distinct "pli/v1/..." context label inside the signed message.
 */
public final class Ed25519 {
    /** Length of a signature. */
    public static final int SIGNATURE_BYTES = 64;

    private Ed25519() {}

    /** A fresh key pair from {@link CryptoRandom}. */
    public static Ed25519KeyPair generateKeyPair() {
        try {
            return Ed25519KeyPair.of(Ed25519PrivateKey.of(CryptoRandom.bytes(Ed25519PrivateKey.BYTES)));
        } catch (CryptoException e) {
            throw new IllegalStateException("32 random bytes were refused as an Ed25519 seed", e);
        }
    }

    /** The 64-byte signature of {@code message} by {@code key} (deterministic). */
    public static byte[] sign(Ed25519PrivateKey key, byte[] message) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key.parameters());
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    /**
     * Whether {@code signature} is a valid signature of {@code message} by {@code key}.
     * Never throws for bad input: a null or malformed signature is simply invalid.
     */
    public static boolean verify(Ed25519PublicKey key, byte[] message, byte[] signature) {
        if (key == null || message == null || signature == null || signature.length != SIGNATURE_BYTES) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key.parameters());
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }
}

package app.pli.core.crypto;

import java.util.Objects;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.kems.MLKEMGenerator;

/**
 * ML-KEM-768 (FIPS 203), the post-quantum key encapsulation of Pli's hybrid key agreements,
 * run by Bouncy Castle. Checked against every case of Wycheproof's four ML-KEM-768 files.
 *
 * <p>Decapsulation never fails on a well-sized ciphertext: a forged or corrupted one yields a
 * pseudo-random secret (FIPS 203's implicit rejection), so the caller learns of it only when
 * a key derived from it fails to authenticate something. Feed shared secrets to a KDF
 * together with the other agreements; never use one as a key directly.
 */
public final class MlKem768 {
    /** Length of a ciphertext. */
    public static final int CIPHERTEXT_BYTES = 1088;
    /** Length of a shared secret. */
    public static final int SHARED_SECRET_BYTES = 32;
    /** Length of the encapsulation randomness {@code m}. */
    static final int MESSAGE_BYTES = 32;

    private MlKem768() {}

    /** A ciphertext for the holder of a decapsulation key, and the secret it carries. */
    public record Encapsulation(byte[] ciphertext, byte[] sharedSecret) {
        @Override
        public String toString() {
            return "Encapsulation[" + ciphertext.length + "-byte ciphertext, secret redacted]";
        }
    }

    /** A fresh decapsulation key from a seed of {@link CryptoRandom}. */
    public static MlKem768PrivateKey generateKey() {
        byte[] seed = CryptoRandom.bytes(MlKem768PrivateKey.SEED_BYTES);
        try {
            return MlKem768PrivateKey.fromSeed(seed);
        } catch (CryptoException e) {
            throw new IllegalStateException("64 random bytes were refused as an ML-KEM-768 seed", e);
        } finally {
            java.util.Arrays.fill(seed, (byte) 0);
        }
    }

    /** A fresh shared secret and its ciphertext for {@code recipient}. */
    public static Encapsulation encapsulate(MlKem768PublicKey recipient) {
        byte[] m = CryptoRandom.bytes(MESSAGE_BYTES);
        try {
            return encapsulate(recipient, m);
        } finally {
            java.util.Arrays.fill(m, (byte) 0);
        }
    }

    /** FIPS 203 ML-KEM.Encaps_internal with the randomness {@code m}: for known-answer tests only. */
    static Encapsulation encapsulate(MlKem768PublicKey recipient, byte[] m) {
        Objects.requireNonNull(recipient, "recipient");
        if (m.length != MESSAGE_BYTES) {
            throw new IllegalArgumentException("ML-KEM-768 randomness must be " + MESSAGE_BYTES + " bytes");
        }
        SecretWithEncapsulation result = MLKEMGenerator.internalGenerateEncapsulated(recipient.parameters(), m.clone());
        return new Encapsulation(result.getEncapsulation(), result.getSecret());
    }

    /**
     * The shared secret {@code ciphertext} carries for {@code key} (a pseudo-random one, from
     * implicit rejection, when it was not made for this key).
     *
     * @throws CryptoException if the ciphertext is not {@value #CIPHERTEXT_BYTES} bytes
     */
    public static byte[] decapsulate(MlKem768PrivateKey key, byte[] ciphertext) throws CryptoException {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(ciphertext, "ciphertext");
        if (ciphertext.length != CIPHERTEXT_BYTES) {
            throw new CryptoException("ML-KEM-768 ciphertext must be " + CIPHERTEXT_BYTES + " bytes, got " + ciphertext.length);
        }
        return new MLKEMExtractor(key.parameters()).extractSecret(ciphertext);
    }
}

package app.pli.core.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;

/**
 * An ML-KEM-768 decapsulation key (FIPS 203), made from its 64-byte seed {@code d || z}
 * (the form Pli stores) or read in FIPS 203's expanded 2,400-byte form
 * {@code dk_PKE || ek || H(ek) || z}.
 *
 * <p>Invariant: an expanded key passed FIPS 203's decapsulation-key check (section 7.3): its
 * length, its embedded encapsulation key (see {@link MlKem768PublicKey}) and the hash of that
 * key. Immutable; {@code toString} never shows key bytes. {@link #destroy()} wipes what
 * Bouncy Castle holds; the JVM may have copied it before (garbage collection moves objects).
 */
public final class MlKem768PrivateKey {
    /** Length of a seed, {@code d || z}. */
    public static final int SEED_BYTES = 64;
    /** Length of an expanded decapsulation key. */
    public static final int EXPANDED_BYTES = 2400;
    private static final int PKE_KEY_BYTES = 1152;
    private static final int HASH_BYTES = 32;

    private final MLKEMPrivateKeyParameters parameters;
    private final MlKem768PublicKey publicKey;
    private final byte[] seed;

    private MlKem768PrivateKey(MLKEMPrivateKeyParameters parameters, byte[] seed) throws CryptoException {
        this.parameters = parameters;
        this.publicKey = MlKem768PublicKey.of(parameters.getPublicKey());
        this.seed = seed;
    }

    /**
     * The key whose seed is {@code d || z} (FIPS 203 ML-KEM.KeyGen_internal).
     *
     * @throws CryptoException if the seed is not 64 bytes
     */
    public static MlKem768PrivateKey fromSeed(byte[] seed) throws CryptoException {
        byte[] copy = KeyBytes.copyOfLength(seed, SEED_BYTES, "ML-KEM-768 seed");
        return new MlKem768PrivateKey(new MLKEMPrivateKeyParameters(MLKEMParameters.ml_kem_768, copy), copy);
    }

    /**
     * The key in FIPS 203's expanded encoding.
     *
     * @throws CryptoException if it is not 2,400 bytes, its embedded encapsulation key is
     *     invalid, or the hash stored with that key does not match it
     */
    public static MlKem768PrivateKey ofExpanded(byte[] expanded) throws CryptoException {
        byte[] copy = KeyBytes.copyOfLength(expanded, EXPANDED_BYTES, "ML-KEM-768 decapsulation key");
        try {
            byte[] encapsulationKey = Arrays.copyOfRange(copy, PKE_KEY_BYTES, PKE_KEY_BYTES + MlKem768PublicKey.BYTES);
            MlKem768PublicKey.of(encapsulationKey);
            int hashAt = PKE_KEY_BYTES + MlKem768PublicKey.BYTES;
            byte[] storedHash = Arrays.copyOfRange(copy, hashAt, hashAt + HASH_BYTES);
            if (!ConstantTime.equals(sha3(encapsulationKey), storedHash)) {
                throw new CryptoException("ML-KEM-768 decapsulation key fails its hash check");
            }
            return new MlKem768PrivateKey(new MLKEMPrivateKeyParameters(MLKEMParameters.ml_kem_768, copy), null);
        } finally {
            Arrays.fill(copy, (byte) 0);
        }
    }

    /** The matching encapsulation key. */
    public MlKem768PublicKey publicKey() {
        return publicKey;
    }

    /** A copy of the 64-byte seed, for storing the key encrypted; empty for a key read expanded. Wipe it after use. */
    public Optional<byte[]> seed() {
        return Optional.ofNullable(seed).map(byte[]::clone);
    }

    MLKEMPrivateKeyParameters parameters() {
        return parameters;
    }

    /** Wipes the key material this object and Bouncy Castle hold; the key is unusable afterwards. */
    public void destroy() {
        parameters.destroy();
        if (seed != null) {
            Arrays.fill(seed, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return KeyBytes.redacted("MlKem768PrivateKey");
    }

    private static byte[] sha3(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA3-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA3-256 is missing from this JDK", e);
        }
    }
}

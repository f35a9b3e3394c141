package app.pli.core.crypto;

import java.util.Arrays;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;

/**
 * An ML-KEM-768 encapsulation key (FIPS 203): 1,184 bytes, the encoded vector t̂ followed by
 * the 32-byte seed ρ.
 *
 * <p>Invariant: it passed FIPS 203's encapsulation-key check (section 7.2): the right length,
 * and every 12-bit coefficient of t̂ below q = 3329, so that encoding what was decoded gives
 * back the same bytes. Immutable; {@code toString} shows a short prefix.
 */
public final class MlKem768PublicKey {
    /** Length of an encoded key. */
    public static final int BYTES = 1184;
    private static final int T_BYTES = 1152;
    private static final int Q = 3329;

    private final byte[] bytes;

    private MlKem768PublicKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The key encoded as {@code bytes}.
     *
     * @throws CryptoException if they are not 1,184 bytes or a coefficient is not reduced mod q
     */
    public static MlKem768PublicKey of(byte[] bytes) throws CryptoException {
        byte[] copy = KeyBytes.copyOfLength(bytes, BYTES, "ML-KEM-768 encapsulation key");
        for (int i = 0; i < T_BYTES; i += 3) {
            int b0 = copy[i] & 0xff;
            int b1 = copy[i + 1] & 0xff;
            int b2 = copy[i + 2] & 0xff;
            int first = b0 | (b1 & 0x0f) << 8;
            int second = b1 >>> 4 | b2 << 4;
            if (first >= Q || second >= Q) {
                throw new CryptoException("ML-KEM-768 encapsulation key has a coefficient not reduced mod q");
            }
        }
        return new MlKem768PublicKey(copy);
    }

    /** A copy of the 1,184 encoded bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    MLKEMPublicKeyParameters parameters() {
        return new MLKEMPublicKeyParameters(MLKEMParameters.ml_kem_768, bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MlKem768PublicKey other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return KeyBytes.publicToString("MlKem768PublicKey", bytes);
    }
}

package app.pli.core.crypto;

import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id, version 0x13 (RFC 9106): turns a passphrase into key material that is costly to
 * brute-force, under {@link Argon2Params} whose floor is 64 MiB and 3 passes.
 *
 * <p>The salt is 16 random bytes stored beside what the key protects; a salt of another
 * length comes from a corrupted file and throws {@link CryptoException}. The output length is
 * chosen by code and must be {@value #MIN_OUTPUT_BYTES} to {@value #MAX_OUTPUT_BYTES} bytes.
 */
public final class Argon2id {
    public static final int SALT_BYTES = 16;
    public static final int MIN_OUTPUT_BYTES = 16;
    public static final int MAX_OUTPUT_BYTES = 1024;

    private static final byte[] NONE = new byte[0];

    private Argon2id() {}

    /**
     * {@code length} bytes derived from the UTF-8 passphrase and the 16-byte salt.
     *
     * @throws CryptoException if the salt is not 16 bytes
     */
    public static byte[] derive(byte[] passphraseUtf8, byte[] salt16, Argon2Params params, int length)
            throws CryptoException {
        Objects.requireNonNull(salt16, "salt16");
        if (salt16.length != SALT_BYTES) {
            throw new CryptoException("Argon2id salt must be " + SALT_BYTES + " bytes, got " + salt16.length);
        }
        return deriveWithSecret(passphraseUtf8, salt16, NONE, NONE, params, length);
    }

    /** RFC 9106 with its optional secret and associated data, which {@link #derive} leaves empty. */
    static byte[] deriveWithSecret(byte[] password, byte[] salt, byte[] secret, byte[] associatedData,
            Argon2Params params, int length) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(params, "params");
        if (length < MIN_OUTPUT_BYTES || length > MAX_OUTPUT_BYTES) {
            throw new IllegalArgumentException("Argon2id output must be " + MIN_OUTPUT_BYTES + " to "
                    + MAX_OUTPUT_BYTES + " bytes, asked " + length);
        }
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(salt)
                .withSecret(secret)
                .withAdditional(associatedData)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }
}

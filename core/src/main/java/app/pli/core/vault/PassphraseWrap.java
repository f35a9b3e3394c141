package app.pli.core.vault;

import app.pli.core.crypto.Argon2Params;
import app.pli.core.crypto.Argon2id;
import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.XChaCha20Poly1305;
import app.pli.core.vault.VaultRecord.PassphraseSlot;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Wraps the storage key under a passphrase: wrapping key = Argon2id(passphrase, 16-byte
 * random salt, params), 32 bytes; wrapped key = XChaCha20-Poly1305 seal of the storage key
 * with associated data {@code "pli/v1/vault/storage-key" || u32 format || u32 memoryKiB ||
 * u32 iterations || u32 parallelism} (big-endian), which binds the format and the cost
 * parameters to the ciphertext.
 *
 * <p>Invariant: parameters are never above {@link #MAX_MEMORY_KIB} and
 * {@link #MAX_ITERATIONS}, on creation as on unlock, so a vault this build creates can
 * always be unlocked and a forged row cannot make unlock allocate more.
 */
final class PassphraseWrap {
    /** 1 GiB: sixteen times the default, far below what a forged row could otherwise ask. */
    static final int MAX_MEMORY_KIB = 1024 * 1024;
    static final int MAX_ITERATIONS = 16;

    private static final byte[] AAD_LABEL = "pli/v1/vault/storage-key".getBytes(StandardCharsets.US_ASCII);

    private PassphraseWrap() {}

    /** Whether this build can unlock a vault wrapped with {@code params}. */
    static boolean withinBounds(Argon2Params params) {
        return params.memoryKiB() <= MAX_MEMORY_KIB && params.iterations() <= MAX_ITERATIONS;
    }

    static PassphraseSlot wrap(SymmetricKey storageKey, Passphrase passphrase, Argon2Params params) {
        byte[] salt = CryptoRandom.bytes(Argon2id.SALT_BYTES);
        SymmetricKey wrappingKey = wrappingKey(passphrase, salt, params);
        byte[] plain = storageKey.bytes();
        try {
            return new PassphraseSlot(params, salt, XChaCha20Poly1305.seal(wrappingKey, aad(params), plain));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * The storage key inside {@code slot}.
     *
     * @throws WrongPassphraseException if the passphrase is wrong or the wrapped key was altered
     */
    static SymmetricKey unwrap(PassphraseSlot slot, Passphrase passphrase, String profile)
            throws WrongPassphraseException, VaultException {
        SymmetricKey wrappingKey = wrappingKey(passphrase, slot.salt(), slot.params());
        byte[] plain;
        try {
            plain = XChaCha20Poly1305.open(wrappingKey, aad(slot.params()), slot.wrappedKey());
        } catch (AuthenticationException e) {
            throw new WrongPassphraseException(profile);
        }
        try {
            return SymmetricKey.of(plain);
        } catch (CryptoException e) {
            throw new VaultException(VaultException.Reason.DAMAGED,
                    "the key vault of profile " + profile + " is damaged (storage key length)", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    static byte[] aad(Argon2Params params) {
        return ByteBuffer.allocate(AAD_LABEL.length + 4 * Integer.BYTES)
                .put(AAD_LABEL)
                .putInt(VaultTable.FORMAT)
                .putInt(params.memoryKiB())
                .putInt(params.iterations())
                .putInt(params.parallelism())
                .array();
    }

    private static SymmetricKey wrappingKey(Passphrase passphrase, byte[] salt, Argon2Params params) {
        byte[] derived = null;
        try {
            derived = Argon2id.derive(passphrase.bytes(), salt, params, SymmetricKey.BYTES);
            return SymmetricKey.of(derived);
        } catch (CryptoException e) {
            // The salt is 16 bytes (drawn here or validated on load) and the output is 32 bytes.
            throw new IllegalStateException("Argon2id refused validated inputs", e);
        } finally {
            if (derived != null) {
                Arrays.fill(derived, (byte) 0);
            }
        }
    }
}

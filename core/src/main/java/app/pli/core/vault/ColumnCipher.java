package app.pli.core.vault;

import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.XChaCha20Poly1305;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Encrypts values stored in SQLite columns under the profile's storage key, with
 * XChaCha20-Poly1305 and a random nonce per value.
 *
 * <p>Every value is bound to a context (for example {@code "contact.name:42"}) through the
 * associated data, so a sealed value copied into another column or row fails to open.
 */
public final class ColumnCipher {
    private static final String AAD_PREFIX = "pli/v1/column/";

    private final SymmetricKey storageKey;

    public ColumnCipher(SymmetricKey storageKey) {
        this.storageKey = Objects.requireNonNull(storageKey, "storageKey");
    }

    /** Seals {@code plaintext} for the column value named by {@code context}. */
    public byte[] seal(String context, byte[] plaintext) {
        return XChaCha20Poly1305.seal(storageKey, aad(context), plaintext);
    }

    /** Opens a value sealed for {@code context}; fails if it was altered or moved. */
    public byte[] open(String context, byte[] sealed) throws AuthenticationException {
        return XChaCha20Poly1305.open(storageKey, aad(context), sealed);
    }

    /** Seals a UTF-8 string. */
    public byte[] sealString(String context, String plaintext) {
        return seal(context, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    /** Opens a UTF-8 string. */
    public String openString(String context, byte[] sealed) throws AuthenticationException {
        return new String(open(context, sealed), StandardCharsets.UTF_8);
    }

    private static byte[] aad(String context) {
        return (AAD_PREFIX + Objects.requireNonNull(context, "context")).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ColumnCipher[key redacted]";
    }
}

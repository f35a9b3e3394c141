package app.pli.core.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The context label of one key derivation, such as {@code pli/v1/storage-key}.
 *
 * <p>Every derivation in Pli names its purpose, so a key derived for one role can never
 * equal a key derived for another. Invariant: the label starts with {@value #PREFIX}, has a
 * name after it, and is printable ASCII without spaces. A malformed label is a programming
 * error and throws {@link IllegalArgumentException}.
 */
public record KdfLabel(String value) {
    /** The suite prefix every label carries; a future suite changes it. */
    public static final String PREFIX = "pli/v1/";

    public KdfLabel {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX) || value.length() == PREFIX.length()) {
            throw new IllegalArgumentException("KDF label must be \"" + PREFIX + "<name>\": " + value);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException("KDF label must be printable ASCII without spaces: " + value);
            }
        }
    }

    /** The label {@code value}, validated as described above. */
    public static KdfLabel of(String value) {
        return new KdfLabel(value);
    }

    /** The label's ASCII bytes, used as HKDF info. */
    public byte[] bytes() {
        return value.getBytes(StandardCharsets.US_ASCII);
    }
}

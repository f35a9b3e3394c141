package app.pli.identity.keys;

import app.pli.core.crypto.KdfLabel;
import app.pli.core.crypto.Sha256;
import java.io.ByteArrayOutputStream;

/**
 * Builds the bytes the protocol hashes or signs: a context label, then fields, each
 * preceded by its length as a big-endian u16. Because every part (the label included)
 * carries its length, no two different sequences of fields give the same bytes.
 */
public final class HashInput {
    private static final int MAX_FIELD_BYTES = 0xFFFF;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private HashInput() {}

    /** An input that starts with {@code label}. */
    public static HashInput labelled(KdfLabel label) {
        return new HashInput().field(label.bytes());
    }

    /** Appends {@code u16(length) || value}. */
    public HashInput field(byte[] value) {
        if (value.length > MAX_FIELD_BYTES) {
            throw new IllegalArgumentException("a hashed field must be at most " + MAX_FIELD_BYTES + " bytes");
        }
        bytes.write(value.length >>> 8);
        bytes.write(value.length);
        bytes.write(value, 0, value.length);
        return this;
    }

    /** Appends an identity as three fields: signing key, agreement key, binding signature. */
    public HashInput identity(IdentityPublicKeys keys) {
        return field(keys.signing().bytes()).field(keys.agreement().bytes()).field(keys.binding());
    }

    public byte[] bytes() {
        return bytes.toByteArray();
    }

    public byte[] sha256() {
        return Sha256.hash(bytes());
    }
}

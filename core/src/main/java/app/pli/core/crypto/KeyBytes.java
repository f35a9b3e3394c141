package app.pli.core.crypto;

import java.util.HexFormat;
import java.util.Objects;

/** Length checks and safe printing shared by the key types. */
final class KeyBytes {
    /** Bytes of a public key shown by {@code toString}: enough to tell keys apart in logs. */
    private static final int PRINTED_PREFIX_BYTES = 4;

    private KeyBytes() {}

    /** A private copy of {@code bytes}, which must be exactly {@code length} long. */
    static byte[] copyOfLength(byte[] bytes, int length, String what) throws CryptoException {
        Objects.requireNonNull(bytes, what);
        if (bytes.length != length) {
            throw new CryptoException(what + " must be " + length + " bytes, got " + bytes.length);
        }
        return bytes.clone();
    }

    /** {@code Type[0a1b2c3d…]}: a short hex prefix of a public value. */
    static String publicToString(String type, byte[] publicBytes) {
        int n = Math.min(PRINTED_PREFIX_BYTES, publicBytes.length);
        return type + "[" + HexFormat.of().formatHex(publicBytes, 0, n) + "…]";
    }

    /** {@code Type[redacted]}: the only printed form of a secret. */
    static String redacted(String type) {
        return type + "[redacted]";
    }
}

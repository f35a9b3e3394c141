package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The check shared by the two ChaCha20-Poly1305 vector files: a valid case must encrypt to
 * exactly {@code ct || tag} and decrypt back to {@code msg}; a modified tag must fail to
 * decrypt; a nonce of the wrong size must be refused in both directions.
 */
final class AeadVectorCheck implements WycheproofFile.CaseCheck {
    /** An explicit-nonce AEAD operation (seal or open). */
    @FunctionalInterface
    interface Operation {
        byte[] apply(SymmetricKey key, byte[] nonce, byte[] aad, byte[] input) throws CryptoException;
    }

    private final int nonceBytes;
    private final Operation seal;
    private final Operation open;

    AeadVectorCheck(int nonceBytes, Operation seal, Operation open) {
        this.nonceBytes = nonceBytes;
        this.seal = seal;
        this.open = open;
    }

    @Override
    public void check(JsonNode group, JsonNode test) throws CryptoException {
        SymmetricKey key = SymmetricKey.of(WycheproofFile.hex(test, "key"));
        byte[] nonce = WycheproofFile.hex(test, "iv");
        byte[] aad = WycheproofFile.hex(test, "aad");
        byte[] msg = WycheproofFile.hex(test, "msg");
        byte[] ctAndTag = concat(WycheproofFile.hex(test, "ct"), WycheproofFile.hex(test, "tag"));
        if (nonce.length != nonceBytes) {
            assertTrue(WycheproofFile.isInvalid(test), "a wrong nonce size must be an invalid case");
            assertThrows(CryptoException.class, () -> seal.apply(key, nonce, aad, msg), "seal accepted the nonce size");
            assertThrows(CryptoException.class, () -> open.apply(key, nonce, aad, ctAndTag), "open accepted the nonce size");
        } else if (WycheproofFile.isValid(test)) {
            assertArrayEquals(ctAndTag, seal.apply(key, nonce, aad, msg), "seal");
            assertArrayEquals(msg, open.apply(key, nonce, aad, ctAndTag), "open");
        } else {
            assertThrows(AuthenticationException.class, () -> open.apply(key, nonce, aad, ctAndTag), "forgery opened");
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Every case of Wycheproof's XChaCha20-Poly1305 file, in both directions, through the
 * explicit-nonce API; each valid case is also opened in the {@code nonce || ct || tag} form
 * that {@link XChaCha20Poly1305#seal} produces.
 */
class XChaCha20Poly1305WycheproofTest {
    private final AeadVectorCheck explicitNonce = new AeadVectorCheck(XChaCha20Poly1305.NONCE_BYTES,
            XChaCha20Poly1305::sealWithNonce, XChaCha20Poly1305::openWithNonce);

    @Test
    void allCases() throws IOException {
        WycheproofFile.load("xchacha20_poly1305_test.json").runAll(this::check);
    }

    private void check(JsonNode group, JsonNode test) throws CryptoException {
        explicitNonce.check(group, test);
        if (WycheproofFile.isValid(test)) {
            byte[] sealed = AeadVectorCheck.concat(WycheproofFile.hex(test, "iv"),
                    AeadVectorCheck.concat(WycheproofFile.hex(test, "ct"), WycheproofFile.hex(test, "tag")));
            byte[] opened = XChaCha20Poly1305.open(SymmetricKey.of(WycheproofFile.hex(test, "key")),
                    WycheproofFile.hex(test, "aad"), sealed);
            assertArrayEquals(WycheproofFile.hex(test, "msg"), opened, "open of nonce || ct || tag");
        }
    }
}

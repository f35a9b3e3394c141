package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Every case of Wycheproof's Ed25519 verification file: valid signatures verify; invalid
 * ones (malleable S, bad encodings, wrong lengths) are rejected, either by the key refusing
 * to decode or by {@link Ed25519#verify} returning false.
 */
class Ed25519WycheproofTest {
    @Test
    void allCases() throws IOException {
        WycheproofFile.load("ed25519_test.json").runAll(this::check);
    }

    private void check(JsonNode group, JsonNode test) throws CryptoException {
        byte[] encodedKey = WycheproofFile.hex(group.get("publicKey"), "pk");
        Ed25519PublicKey key;
        try {
            key = Ed25519PublicKey.of(encodedKey);
        } catch (CryptoException e) {
            if (WycheproofFile.isInvalid(test)) {
                return;
            }
            throw e;
        }
        boolean verified = Ed25519.verify(key, WycheproofFile.hex(test, "msg"), WycheproofFile.hex(test, "sig"));
        assertEquals(WycheproofFile.isValid(test), verified, "verify result");
    }
}

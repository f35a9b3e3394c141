package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Every case of Wycheproof's X25519 file. Valid and acceptable cases must yield the expected
 * secret, except the all-zero ones, which our API must refuse (RFC 7748 section 6.1).
 */
class X25519WycheproofTest {
    @Test
    void allCases() throws IOException {
        WycheproofFile.load("x25519_test.json").runAll(this::check);
    }

    private void check(JsonNode group, JsonNode test) throws CryptoException {
        X25519PrivateKey ours = X25519PrivateKey.of(WycheproofFile.hex(test, "private"));
        X25519PublicKey theirs = X25519PublicKey.of(WycheproofFile.hex(test, "public"));
        byte[] shared = WycheproofFile.hex(test, "shared");
        if (ConstantTime.equals(shared, new byte[shared.length])) {
            assertThrows(CryptoException.class, () -> X25519.agree(ours, theirs), "all-zero secret accepted");
        } else if (WycheproofFile.isInvalid(test)) {
            assertThrows(CryptoException.class, () -> X25519.agree(ours, theirs));
        } else {
            assertArrayEquals(shared, X25519.agree(ours, theirs));
        }
    }
}

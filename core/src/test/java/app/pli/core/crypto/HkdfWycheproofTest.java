package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Every case of Wycheproof's HKDF-SHA256 file, through the raw-info variant of {@link Hkdf}. */
class HkdfWycheproofTest {
    @Test
    void allCases() throws IOException {
        WycheproofFile.load("hkdf_sha256_test.json").runAll(this::check);
    }

    private void check(JsonNode group, JsonNode test) {
        byte[] ikm = WycheproofFile.hex(test, "ikm");
        byte[] salt = WycheproofFile.hex(test, "salt");
        byte[] info = WycheproofFile.hex(test, "info");
        int size = test.get("size").asInt();
        if (WycheproofFile.isValid(test)) {
            assertArrayEquals(WycheproofFile.hex(test, "okm"), Hkdf.deriveWithInfo(ikm, salt, info, size));
        } else {
            assertThrows(IllegalArgumentException.class, () -> Hkdf.deriveWithInfo(ikm, salt, info, size));
        }
    }
}

package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Every case of Wycheproof's HMAC-SHA256 file, full and truncated (128-bit) tags: a valid
 * tag is what {@link HmacSha256#mac} computes (truncated to the group's size) and verifies;
 * a modified tag does not verify.
 */
class HmacSha256WycheproofTest {
    @Test
    void allCases() throws IOException {
        WycheproofFile.load("hmac_sha256_test.json").runAll(this::check);
    }

    private void check(JsonNode group, JsonNode test) {
        byte[] key = WycheproofFile.hex(test, "key");
        byte[] msg = WycheproofFile.hex(test, "msg");
        byte[] tag = WycheproofFile.hex(test, "tag");
        int tagBytes = group.get("tagSize").asInt() / 8;
        if (WycheproofFile.isValid(test)) {
            assertArrayEquals(tag, Arrays.copyOf(HmacSha256.mac(key, msg), tagBytes), "mac");
        }
        assertEquals(WycheproofFile.isValid(test), HmacSha256.verify(key, msg, tag), "verify");
    }
}

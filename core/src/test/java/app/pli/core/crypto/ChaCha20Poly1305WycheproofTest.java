package app.pli.core.crypto;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Every case of Wycheproof's RFC 8439 ChaCha20-Poly1305 file, in both directions. */
class ChaCha20Poly1305WycheproofTest {
    @Test
    void allCases() throws IOException {
        WycheproofFile.load("chacha20_poly1305_test.json").runAll(new AeadVectorCheck(
                ChaCha20Poly1305.NONCE_BYTES, ChaCha20Poly1305::seal, ChaCha20Poly1305::open));
    }
}

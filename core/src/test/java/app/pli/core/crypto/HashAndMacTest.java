package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** SHA-256 known answers and concatenation; HMAC tag truncation rules. */
class HashAndMacTest {
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void sha256OfAbc() {
        assertArrayEquals(HexFormat.of().parseHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                Sha256.hash(ascii("abc")));
        assertArrayEquals(Sha256.hash(ascii("abc")), Sha256.hash(ascii("a"), ascii(""), ascii("bc")));
    }

    @Test
    void hmacRfc4231Case2() {
        byte[] tag = HmacSha256.mac(ascii("Jefe"), ascii("what do ya want for nothing?"));
        assertArrayEquals(HexFormat.of().parseHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"), tag);
    }

    @Test
    void verifyAcceptsFullAndTruncatedTagsDownToSixteenBytes() {
        byte[] key = CryptoRandom.bytes(32);
        byte[] data = ascii("chain step");
        byte[] tag = HmacSha256.mac(key, data);
        assertTrue(HmacSha256.verify(key, data, tag));
        assertTrue(HmacSha256.verify(key, data, Arrays.copyOf(tag, 16)));
        assertFalse(HmacSha256.verify(key, data, Arrays.copyOf(tag, 15)));
        assertFalse(HmacSha256.verify(key, data, Arrays.copyOf(tag, 33)));
        assertFalse(HmacSha256.verify(key, ascii("chain stop"), tag));
        assertFalse(HmacSha256.verify(CryptoRandom.bytes(32), data, tag));
    }
}

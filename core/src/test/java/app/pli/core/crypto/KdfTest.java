package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** KdfLabel validation and HKDF through labels. */
class KdfTest {
    private final byte[] ikm = CryptoRandom.bytes(32);
    private final byte[] salt = CryptoRandom.bytes(32);

    @Test
    void labelsMustCarryTheSuitePrefixAndAName() {
        assertEquals("pli/v1/storage-key", KdfLabel.of("pli/v1/storage-key").value());
        for (String bad : new String[] {"storage-key", "pli/v2/storage-key", "pli/v1/", "PLI/v1/x", "pli/v1/a b", "pli/v1/é"}) {
            assertThrows(IllegalArgumentException.class, () -> KdfLabel.of(bad), bad);
        }
    }

    @Test
    void labelBytesAreItsAscii() {
        assertArrayEquals("pli/v1/x".getBytes(StandardCharsets.US_ASCII), KdfLabel.of("pli/v1/x").bytes());
    }

    @Test
    void derivationIsDeterministicAndSeparatedByLabel() {
        KdfLabel a = KdfLabel.of("pli/v1/test-a");
        byte[] out = Hkdf.derive(ikm, salt, a, 64);
        assertEquals(64, out.length);
        assertArrayEquals(out, Hkdf.derive(ikm, salt, a, 64));
        assertArrayEquals(Hkdf.deriveWithInfo(ikm, salt, a.bytes(), 64), out);
        assertFalse(Arrays.equals(out, Hkdf.derive(ikm, salt, KdfLabel.of("pli/v1/test-b"), 64)));
        assertFalse(Arrays.equals(out, Hkdf.derive(ikm, new byte[0], a, 64)));
    }

    @Test
    void deriveKeyIsTheFirst32BytesAsAKey() throws CryptoException {
        KdfLabel label = KdfLabel.of("pli/v1/test-key");
        assertEquals(SymmetricKey.of(Hkdf.derive(ikm, salt, label, 32)), Hkdf.deriveKey(ikm, salt, label));
    }

    @Test
    void outputLengthIsBounded() {
        KdfLabel label = KdfLabel.of("pli/v1/test");
        assertEquals(Hkdf.MAX_LENGTH, Hkdf.derive(ikm, salt, label, Hkdf.MAX_LENGTH).length);
        assertThrows(IllegalArgumentException.class, () -> Hkdf.derive(ikm, salt, label, Hkdf.MAX_LENGTH + 1));
        assertThrows(IllegalArgumentException.class, () -> Hkdf.derive(ikm, salt, label, 0));
    }
}

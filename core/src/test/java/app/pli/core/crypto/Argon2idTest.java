package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Argon2id: the RFC 9106 vector, determinism with cheap test parameters, and the cost floor. */
class Argon2idTest {
    private static final Argon2Params FAST = Argon2Params.forTestsOnly(64, 1, 1);
    private static final byte[] PASSPHRASE = "correct horse battery staple".getBytes(StandardCharsets.UTF_8);

    private static byte[] filled(int length, int value) {
        byte[] out = new byte[length];
        Arrays.fill(out, (byte) value);
        return out;
    }

    @Test
    void rfc9106Argon2idVector() {
        byte[] tag = Argon2id.deriveWithSecret(filled(32, 1), filled(16, 2), filled(8, 3), filled(12, 4),
                Argon2Params.forTestsOnly(32, 3, 4), 32);
        assertArrayEquals(HexFormat.of().parseHex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"), tag);
    }

    @Test
    void sameInputsGiveTheSameKeyAndAnyChangeGivesAnother() throws CryptoException {
        byte[] salt = CryptoRandom.bytes(Argon2id.SALT_BYTES);
        byte[] key = Argon2id.derive(PASSPHRASE, salt, FAST, 32);
        assertArrayEquals(key, Argon2id.derive(PASSPHRASE, salt, FAST, 32));
        assertFalse(Arrays.equals(key, Argon2id.derive(PASSPHRASE, CryptoRandom.bytes(16), FAST, 32)));
        assertFalse(Arrays.equals(key, Argon2id.derive("other".getBytes(StandardCharsets.UTF_8), salt, FAST, 32)));
        assertFalse(Arrays.equals(key, Argon2id.derive(PASSPHRASE, salt, Argon2Params.forTestsOnly(64, 2, 1), 32)));
    }

    @Test
    void saltMustBeSixteenBytes() {
        assertThrows(CryptoException.class, () -> Argon2id.derive(PASSPHRASE, new byte[8], FAST, 32));
        assertThrows(CryptoException.class, () -> Argon2id.derive(PASSPHRASE, new byte[32], FAST, 32));
    }

    @Test
    void outputLengthIsBounded() {
        byte[] salt = new byte[16];
        assertThrows(IllegalArgumentException.class, () -> Argon2id.derive(PASSPHRASE, salt, FAST, 8));
        assertThrows(IllegalArgumentException.class, () -> Argon2id.derive(PASSPHRASE, salt, FAST, 4096));
    }

    @Test
    void productionParametersKeepTheFloor() {
        assertEquals(new Argon2Params(64 * 1024, 3, 1), Argon2Params.DEFAULT);
        assertEquals(64 * 1024, Argon2Params.DEFAULT.memoryKiB());
        assertEquals(3, Argon2Params.DEFAULT.iterations());
        assertEquals(1, Argon2Params.DEFAULT.parallelism());
        assertThrows(IllegalArgumentException.class, () -> new Argon2Params(64 * 1024 - 1, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2Params(64 * 1024, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2Params(Argon2Params.MAX_MEMORY_KIB + 1, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2Params(64 * 1024, 3, 0));
    }

    @Test
    void testParametersStillRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Argon2Params.forTestsOnly(8, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> Argon2Params.forTestsOnly(64, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Argon2Params.forTestsOnly(64, 1, 0));
    }
}

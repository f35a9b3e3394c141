package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Round trips, implicit rejection and key handling of {@link MlKem768}, beside the Wycheproof files. */
class MlKem768Test {
    @Test
    void aFreshKeyAgreesWithItsEncapsulator() throws CryptoException {
        MlKem768PrivateKey key = MlKem768.generateKey();
        MlKem768.Encapsulation e = MlKem768.encapsulate(key.publicKey());
        assertEquals(MlKem768.CIPHERTEXT_BYTES, e.ciphertext().length);
        assertEquals(MlKem768.SHARED_SECRET_BYTES, e.sharedSecret().length);
        assertArrayEquals(e.sharedSecret(), MlKem768.decapsulate(key, e.ciphertext()));
        assertFalse(Arrays.equals(e.sharedSecret(), MlKem768.encapsulate(key.publicKey()).sharedSecret()),
                "every encapsulation draws fresh randomness");
    }

    @Test
    void anotherKeyOrAFlippedBitGivesAnUnrelatedSecretNotAnError() throws CryptoException {
        MlKem768PrivateKey key = MlKem768.generateKey();
        MlKem768.Encapsulation e = MlKem768.encapsulate(key.publicKey());
        byte[] flipped = e.ciphertext().clone();
        flipped[500] ^= 1;
        assertFalse(Arrays.equals(e.sharedSecret(), MlKem768.decapsulate(key, flipped)));
        assertFalse(Arrays.equals(e.sharedSecret(), MlKem768.decapsulate(MlKem768.generateKey(), e.ciphertext())));
    }

    @Test
    void theSeedRebuildsTheSameKeyAndNothingPrintsIt() throws CryptoException {
        MlKem768PrivateKey key = MlKem768.generateKey();
        byte[] seed = key.seed().orElseThrow();
        MlKem768PrivateKey again = MlKem768PrivateKey.fromSeed(seed);
        assertEquals(key.publicKey(), again.publicKey());
        assertEquals("MlKem768PrivateKey[redacted]", key.toString());
        assertTrue(MlKem768.encapsulate(key.publicKey()).toString().contains("redacted"));
        assertThrows(CryptoException.class, () -> MlKem768PrivateKey.fromSeed(new byte[63]));
    }
}
